import { useState } from 'react';
import type { DragEvent, ReactNode } from 'react';
import { FileChooser } from '../../components/FileChooser';
import type { InputFile } from '../../ingest/input-file';
import { pickedInput } from '../local-import/picked-files';
import type { BoundaryLayer } from '../../reports/boundary-layer';
import { parseBoundaryFile } from '../../reports/boundary-layer';
import { displayName, filesFromDrop, isBoundaryFile } from './dropped-files';
import type { useLoadFiles } from './use-load-files';

interface Props {
  loader: ReturnType<typeof useLoadFiles>;
  onFiles: (inputs: InputFile[]) => Promise<void>;
  onBoundaries: (layers: BoundaryLayer[]) => void;
  /** Shown at the end of the panel (the local extract controls). */
  children?: ReactNode;
  /** True while another load (a local extract) is running: picking waits for it. */
  busy?: boolean;
}

/** Drop or pick police.uk CSVs, folders or zips, local extracts (CSV/Excel) and boundary GeoJSON. */
export function ImportPanel({ loader, onFiles, onBoundaries, children, busy = false }: Props) {
  const [dragging, setDragging] = useState(false);
  const [boundaryError, setBoundaryError] = useState<string | null>(null);

  async function accept(files: File[]) {
    const boundaries: BoundaryLayer[] = [];
    const inputs: InputFile[] = [];
    setBoundaryError(null);
    for (const file of files) {
      const name = displayName(file);
      if (isBoundaryFile(name)) {
        try {
          boundaries.push(parseBoundaryFile(name, await file.text()));
        } catch (error) {
          setBoundaryError(error instanceof Error ? error.message : String(error));
        }
      } else inputs.push(pickedInput(name, file));
    }
    if (boundaries.length > 0) onBoundaries(boundaries);
    await onFiles(inputs);
  }

  async function onDrop(event: DragEvent) {
    event.preventDefault();
    setDragging(false);
    await accept(await filesFromDrop(event.dataTransfer));
  }

  const progress = loader.progress;
  return (
    <section className="panel import-panel" aria-label="Load data">
      <h2>Load data</h2>
      <div
        className={`drop-zone${dragging ? ' dragging' : ''}`}
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={(e) => void onDrop(e)}
      >
        <p>
          Drop police.uk street-level CSVs, folders or the .zip download here, local extracts
          (council, police incident, fire: CSV or Excel), an incidents Parquet file, or boundary
          GeoJSON.
        </p>
        <FileChooser
          label="Choose files…"
          multiple
          accept=".csv,.tsv,.txt,.xlsx,.zip,.parquet,.geojson,.json"
          testId="file-input"
          disabled={!loader.ready || loader.running || busy}
          onFiles={(files) => void accept(files)}
        />
        <FileChooser
          label="Choose a folder…"
          folder
          disabled={!loader.ready || loader.running || busy}
          onFiles={(files) => void accept(files)}
        />
      </div>
      {loader.running && (
        <div className="progress" role="status">
          <progress max={1} value={progress?.fraction ?? 0} aria-label="Loading progress" />
          <span>
            {progress?.currentFile
              ? `${progress.filesDone + 1} of ${progress.filesTotal}: ${progress.currentFile}`
              : 'Reading files…'}
          </span>
          <button type="button" onClick={loader.cancel}>
            Cancel
          </button>
        </div>
      )}
      {loader.error && <p className="error">{loader.error}</p>}
      {boundaryError && <p className="error">{boundaryError}</p>}
      {loader.lastBatch && !loader.running && <BatchOutcome batch={loader.lastBatch} />}
      {children}
    </section>
  );
}

function BatchOutcome({
  batch,
}: {
  batch: NonNullable<ReturnType<typeof useLoadFiles>['lastBatch']>;
}) {
  const loaded = batch.files.filter((f) => !f.error);
  const failed = batch.files.filter((f) => f.error);
  const rows = loaded.reduce((n, f) => n + f.rowsLoaded, 0);
  const replaced = loaded.reduce((n, f) => n + f.rowsReplaced, 0);
  const rejected = loaded.reduce((n, f) => n + f.rowsRejected, 0);
  return (
    <div className="batch-outcome" data-testid="batch-outcome">
      <p>
        Loaded {loaded.length} file{loaded.length === 1 ? '' : 's'}: {rows.toLocaleString('en-GB')}{' '}
        rows
        {replaced > 0 && `, replacing ${replaced.toLocaleString('en-GB')} rows loaded before`}
        {rejected > 0 && `; ${rejected.toLocaleString('en-GB')} rows rejected (see Load report)`}.
      </p>
      {failed.map((f) => (
        <p key={f.fileName} className="error">
          {f.error}
        </p>
      ))}
      {batch.skipped.map((s, i) => (
        <p key={`${i}:${s.fileName}`} className={s.refused ? 'error' : 'warning'}>
          {s.refused ? 'Refused' : 'Skipped'} {s.fileName}: {s.reason}
        </p>
      ))}
    </div>
  );
}
