import type { DuckConnector } from '../db/connector';
import { expandInputs } from './expand-inputs';
import type { SkippedInput } from './expand-inputs';
import type { InputFile } from './input-file';
import type { FileLoadReport } from './load-report';
import { loadPoliceUkFile } from './policeuk/load';

export interface LoadProgress {
  /** 0 … 1 by bytes. */
  fraction: number;
  currentFile: string | null;
  filesDone: number;
  filesTotal: number;
}

export interface LoadBatchReport {
  files: FileLoadReport[];
  skipped: SkippedInput[];
}

/** Loads files one after another, reporting progress; one bad file never stops the others. */
export async function loadFiles(
  db: DuckConnector,
  inputs: readonly InputFile[],
  onProgress: (progress: LoadProgress) => void = () => {},
  signal?: AbortSignal,
): Promise<LoadBatchReport> {
  const { files, skipped } = await expandInputs(inputs);
  const totalBytes = files.reduce((n, f) => n + f.size, 0) || 1;
  let doneBytes = 0;
  const reports: FileLoadReport[] = [];
  for (const [index, file] of files.entries()) {
    if (signal?.aborted) {
      skipped.push({ fileName: file.name, reason: 'loading was cancelled before this file' });
      continue;
    }
    onProgress({
      fraction: doneBytes / totalBytes,
      currentFile: file.name,
      filesDone: index,
      filesTotal: files.length,
    });
    reports.push(await loadPoliceUkFile(db, file));
    doneBytes += file.size;
  }
  onProgress({ fraction: 1, currentFile: null, filesDone: files.length, filesTotal: files.length });
  return { files: reports, skipped };
}
