import type { DuckConnector } from '../db/connector';
import { CHECKPOINT_SQL } from '../sql/workspace';
import { expandInputs } from './expand-inputs';
import type { SkippedInput } from './expand-inputs';
import type { InputFile } from './input-file';
import { parseHeaderLine } from './csv-header';
import type { FileLoadReport } from './load-report';
import { failedFileReport } from './load-report';
import { loadWithSavedMappings } from './local/load-with-saved-mappings';
import type { LocalMappingsFile } from './local/mappings-file';
import { checkPoliceUkHeader } from './policeuk/columns';
import { loadParquetFile } from './parquet/load-parquet';
import { looksLikeParquet } from './parquet/parquet-batches';
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

/** Saved mappings for files that are not police.uk street-level files (local extracts). */
export interface LocalExtractOptions {
  mappings: LocalMappingsFile | null;
}

/**
 * Loads files one after another, reporting progress; one bad file never stops the others.
 * An incidents Parquet file goes to the Parquet loader, a police.uk street-level header to the
 * police.uk loader; any other file is a local extract,
 * loaded with the saved column mapping that matches its header, or reported as needing one.
 */
export async function loadFiles(
  db: DuckConnector,
  inputs: readonly InputFile[],
  onProgress: (progress: LoadProgress) => void = () => {},
  signal?: AbortSignal,
  local: LocalExtractOptions = { mappings: null },
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
    reports.push(await loadOneFile(db, file, local));
    doneBytes += file.size;
  }
  // Folds the write-ahead log into the saved workspace, so the next page open replays nothing.
  if (reports.length > 0) await db.exec(CHECKPOINT_SQL);
  onProgress({ fraction: 1, currentFile: null, filesDone: files.length, filesTotal: files.length });
  return { files: reports, skipped };
}

/** One file's load; a file that cannot even be read (a zip entry over the limit…) is reported. */
async function loadOneFile(
  db: DuckConnector,
  file: InputFile,
  local: LocalExtractOptions,
): Promise<FileLoadReport> {
  try {
    const head = await file.head(65536);
    if (looksLikeParquet(head)) return await loadParquetFile(db, file);
    const policeUk = checkPoliceUkHeader(parseHeaderLine(head));
    if (policeUk.ok) return await loadPoliceUkFile(db, file);
    return await loadWithSavedMappings(db, file, local.mappings, policeUk.reason);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return failedFileReport(file.name, 'unknown', `${file.name}: could not be read: ${message}`);
  }
}
