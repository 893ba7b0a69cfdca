import type { WorkspaceFile } from '../../reports/workspace';
import { ConfirmButton } from './ConfirmButton';
import { loadedAtText } from './loaded-at';
import { monthSpan } from './month-span';

interface Props {
  files: WorkspaceFile[];
  onRemove: (fileName: string) => Promise<void>;
}

const count = (n: number) => n.toLocaleString('en-GB');

/** Each loaded file: source, months, rows, when it was loaded, and its removal. */
export function StoredFilesTable({ files, onRemove }: Props) {
  if (files.length === 0) return <p className="muted">No files loaded.</p>;
  return (
    <table className="workspace-files" data-testid="workspace-files">
      <thead>
        <tr>
          <th scope="col">File</th>
          <th scope="col">Source</th>
          <th scope="col">Months</th>
          <th scope="col" className="num">
            Rows loaded
          </th>
          <th scope="col" className="num">
            In use now
          </th>
          <th scope="col" className="num">
            Rejected
          </th>
          <th scope="col">Loaded</th>
          <th scope="col">
            <span className="visually-hidden">Remove</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {files.map((f) => (
          <tr key={f.fileName}>
            <th scope="row">{f.fileName}</th>
            <td>{f.source}</td>
            <td>{monthSpan(f.months)}</td>
            <td className="num">{count(f.rowsLoaded)}</td>
            <td className="num">{count(f.rowsNow)}</td>
            <td className="num">{count(f.rowsRejected)}</td>
            <td>{loadedAtText(f.loadedAt)}</td>
            <td>
              <ConfirmButton
                label="Remove this file"
                name={`Remove this file: ${f.fileName}`}
                warning={`Remove ${f.fileName} and its ${count(f.rowsNow)} rows?`}
                confirmLabel="Remove it"
                onConfirm={() => onRemove(f.fileName)}
              />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
