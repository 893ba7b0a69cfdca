import { useState } from 'react';
import { mappingsToJson } from '../../ingest/local/mappings-file';
import { demoLocalAvailable, demoLocalFiles } from './demo-local-files';
import { download } from '../../components/download';
import { FileChooser } from '../../components/FileChooser';
import { importMappingsJson, useSavedMappings } from './mappings-store';
import type { LocalImport } from './use-local-import';
import { useValidationReports } from './validation-reports-store';

/**
 * The import area's local extract pieces: the demo extracts button, "used saved mapping" notices
 * with an edit link, export/import of the saved mappings, and a line per validation report.
 */
export function LocalImportControls({ flow }: { flow: LocalImport }) {
  const { mappings, problem } = useSavedMappings();
  const reports = useValidationReports();
  const [note, setNote] = useState<string | null>(null);

  async function importFile(file: File | undefined) {
    if (!file) return;
    try {
      const added = importMappingsJson(await file.text());
      setNote(
        `Imported ${added.columnMappings.length} column and ${added.codeMappings.length} code mappings.`,
      );
    } catch (error) {
      setNote(error instanceof Error ? error.message : String(error));
    }
  }

  return (
    <div className="local-controls" data-testid="local-controls">
      {demoLocalAvailable() && (
        <button
          type="button"
          disabled={!flow.ready}
          onClick={() => void demoLocalFiles().then(flow.enqueue)}
          data-testid="demo-local"
        >
          Try the local extract flow with the demo council/fire/police files
        </button>
      )}
      {flow.message && <p className="warning">{flow.message}</p>}
      {flow.usedSaved.map((use) => (
        <p key={use.file.name} className="saved-note" data-testid="used-saved-mapping">
          {use.file.name}: used saved mapping “{use.mapping.name}”.{' '}
          <button type="button" className="link" onClick={() => void flow.editSaved(use)}>
            Edit the mapping
          </button>
        </p>
      ))}
      <p className="muted">
        {mappings.columnMappings.length} saved column mapping
        {mappings.columnMappings.length === 1 ? '' : 's'}
        {mappings.columnMappings.length > 0 &&
          `: ${mappings.columnMappings.map((m) => m.name).join(', ')}`}
      </p>
      {problem && <p className="warning">{problem}</p>}
      <button
        type="button"
        disabled={mappings.columnMappings.length + mappings.codeMappings.length === 0}
        onClick={() =>
          download('csp-local-mappings.json', mappingsToJson(mappings), 'application/json')
        }
        data-testid="export-mappings"
      >
        Export mappings
      </button>
      <FileChooser
        label="Import mappings…"
        accept=".json,application/json"
        testId="import-mappings"
        onFiles={(files) => void importFile(files[0])}
      />
      {note && <p className="muted">{note}</p>}
      {reports.map((r) => (
        <p key={r.fileName} className={r.error ? 'error' : 'muted'}>
          {r.error ??
            `${r.fileName}: ${r.rowsLoaded.toLocaleString('en-GB')} loaded, ${r.rowsRejected.toLocaleString('en-GB')} held back (validation report in the Load report tab).`}
        </p>
      ))}
    </div>
  );
}
