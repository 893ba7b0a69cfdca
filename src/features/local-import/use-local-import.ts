import { useRef, useState } from 'react';
import { useDatabase } from '../../db/database-context';
import type { CodeMapping } from '../../ingest/local/code-mapping';
import { codeMappingFor } from '../../ingest/local/code-mapping';
import type { ColumnMapping } from '../../ingest/local/column-mapping';
import { findMappingForHeader } from '../../ingest/local/column-mapping';
import type { ColumnValueCounts } from '../../ingest/local/column-values';
import type { LocalTablePreview } from '../../ingest/local/open-table';
import { setLoadProgress } from './load-progress-store';
import { savedMappings, storeMappings } from './mappings-store';
import { codeCountsInWorker, loadInWorker, previewInWorker } from './parse-client';
import type { LocalFile } from './picked-files';
import { withConfirmedMapping } from './saved-mappings';
import { addValidationReport } from './validation-reports-store';

/** Where the local extract flow is for the file at the head of the queue. */
export type LocalImportStep =
  | { kind: 'idle' }
  | { kind: 'reading'; file: LocalFile; what: string }
  | { kind: 'columns'; file: LocalFile; preview: LocalTablePreview; initial: ColumnMapping | null }
  | {
      kind: 'codes';
      file: LocalFile;
      columnMapping: ColumnMapping;
      codes: ColumnValueCounts;
      initial: CodeMapping | null;
    }
  | { kind: 'loading'; file: LocalFile; mappingName: string };

/** "Used saved mapping X" for a file loaded without the form, with what is needed to edit it. */
export interface SavedMappingUse {
  file: LocalFile;
  mapping: ColumnMapping;
}

/**
 * The local extract flow: each queued file is previewed in the parse worker; a saved mapping for
 * its header loads it straight away, otherwise the column form and then the code step are shown.
 * Loads run in the worker with progress and cancel; every report goes to the validation reports.
 */
export function useLocalImport() {
  const { db, bumpVersion } = useDatabase();
  const [step, setStep] = useState<LocalImportStep>({ kind: 'idle' });
  const [usedSaved, setUsedSaved] = useState<SavedMappingUse[]>([]);
  const [message, setMessage] = useState<string | null>(null);
  const queue = useRef<LocalFile[]>([]);
  const busy = useRef(false);
  const abort = useRef<AbortController | null>(null);
  const waitingForUser = useRef(false);

  function show(next: LocalImportStep) {
    waitingForUser.current = next.kind === 'columns' || next.kind === 'codes';
    setStep(next);
  }

  const fail = (error: unknown) =>
    setMessage(error instanceof Error ? error.message : String(error));

  async function load(
    file: LocalFile,
    columnMapping: ColumnMapping,
    codeMapping: CodeMapping | null,
  ) {
    if (!db) return;
    const controller = new AbortController();
    abort.current = controller;
    setLoadProgress({ fraction: 0, rows: 0, pass: 1, passes: 1 });
    show({ kind: 'loading', file, mappingName: columnMapping.name });
    try {
      const report = await loadInWorker(
        db,
        file.name,
        file.file,
        { columnMapping, codeMapping, sheet: columnMapping.sheet },
        setLoadProgress,
        controller.signal,
      );
      if (controller.signal.aborted)
        setMessage(`Loading ${file.name} was cancelled: nothing was loaded from it.`);
      else addValidationReport(report);
    } catch (error) {
      fail(
        controller.signal.aborted
          ? `Loading ${file.name} was cancelled: nothing was loaded from it.`
          : error,
      );
    } finally {
      abort.current = null;
      bumpVersion();
    }
  }

  /** Works through the queue until a file needs the form (or the queue is empty). */
  async function advance() {
    if (busy.current) return;
    busy.current = true;
    try {
      for (let file = queue.current.shift(); file; file = queue.current.shift()) {
        show({ kind: 'reading', file, what: 'Reading the first rows…' });
        let preview: LocalTablePreview;
        try {
          preview = await previewInWorker(file.name, file.file);
        } catch (error) {
          fail(error);
          continue;
        }
        const saved = findMappingForHeader(savedMappings().columnMappings, preview.header);
        if (!saved) {
          show({ kind: 'columns', file, preview, initial: null });
          return;
        }
        setUsedSaved((old) => [
          ...old.filter((u) => u.file.name !== file.name),
          { file, mapping: saved },
        ]);
        await load(file, saved, codeMappingFor(savedMappings().codeMappings, saved));
      }
      show({ kind: 'idle' });
    } finally {
      busy.current = false;
    }
  }

  /** Adds local extracts to the queue and starts on them unless a form is open. */
  function enqueue(files: LocalFile[]) {
    setMessage(null);
    queue.current.push(...files);
    if (!waitingForUser.current) void advance();
  }

  /** Re-reads the preview from another sheet of a workbook. */
  async function chooseSheet(sheet: string) {
    if (step.kind !== 'columns') return;
    const { file, initial } = step;
    try {
      show({
        kind: 'columns',
        file,
        preview: await previewInWorker(file.name, file.file, sheet),
        initial,
      });
    } catch (error) {
      fail(error);
    }
  }

  /** Column mapping confirmed: count every code in the worker and show the code step. */
  async function confirmColumns(columnMapping: ColumnMapping) {
    if (step.kind !== 'columns') return;
    const { file } = step;
    show({ kind: 'reading', file, what: 'Counting the codes in every row…' });
    try {
      const column = columnMapping.columns.category ?? '';
      const codes = await codeCountsInWorker(file.name, file.file, column, columnMapping.sheet);
      const initial = codeMappingFor(savedMappings().codeMappings, columnMapping);
      show({ kind: 'codes', file, columnMapping, codes, initial });
    } catch (error) {
      fail(error);
      show({ kind: 'idle' });
      void advance();
    }
  }

  /** Code mapping confirmed: save both mappings in the browser, load, go on with the queue. */
  async function confirmCodes(codeMapping: CodeMapping) {
    if (step.kind !== 'codes') return;
    const { file, columnMapping } = step;
    storeMappings(withConfirmedMapping(savedMappings(), columnMapping, codeMapping));
    busy.current = true;
    try {
      await load(file, { ...columnMapping, codeMapping: codeMapping.name }, codeMapping);
    } finally {
      busy.current = false;
    }
    show({ kind: 'idle' });
    await advance();
  }

  /** Opens the form again for a file that was loaded with a saved mapping. */
  async function editSaved(use: SavedMappingUse) {
    if (busy.current || waitingForUser.current) return;
    setUsedSaved((old) => old.filter((u) => u !== use));
    try {
      const preview = await previewInWorker(use.file.name, use.file.file, use.mapping.sheet);
      show({ kind: 'columns', file: use.file, preview, initial: use.mapping });
    } catch (error) {
      fail(error);
    }
  }

  /** Back from the code step to the column form. */
  async function backToColumns() {
    if (step.kind !== 'codes') return;
    const { file, columnMapping } = step;
    const preview = await previewInWorker(file.name, file.file, columnMapping.sheet);
    show({ kind: 'columns', file, preview, initial: columnMapping });
  }

  /** Leaves the current file unloaded and goes on with the queue. */
  function skipFile() {
    show({ kind: 'idle' });
    void advance();
  }

  return {
    step,
    usedSaved,
    message,
    enqueue,
    chooseSheet,
    confirmColumns,
    confirmCodes,
    editSaved,
    backToColumns,
    skipFile,
    cancel: () => abort.current?.abort(),
    ready: db !== null,
  };
}

/** What the local import components are given. */
export type LocalImport = ReturnType<typeof useLocalImport>;
