import type { LocalTablePreview } from '../../ingest/local/open-table';
import { ScrollRegion } from '../../components/ScrollRegion';

const ROWS_SHOWN = 8;

/** The file's first rows as plain text (cells are never interpreted as HTML or formulas). */
export function PreviewTable({ preview }: { preview: LocalTablePreview }) {
  const rows = preview.sampleRows.slice(0, ROWS_SHOWN);
  return (
    <ScrollRegion className="preview-scroll" label="First rows of the file">
      <table className="table preview-table" data-testid="local-preview">
        <thead>
          <tr>
            <th className="num">Line</th>
            {preview.header.map((column, i) => (
              <th key={i}>{column}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, r) => (
            <tr key={r}>
              <td className="num muted">{r + 2}</td>
              {preview.header.map((_, c) => (
                <td key={c}>{row[c] ?? ''}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}

/** One line on what was detected about the file itself. */
export function FileFacts({ preview }: { preview: LocalTablePreview }) {
  const facts = [
    preview.format === 'xlsx' ? 'Excel workbook' : 'CSV text',
    preview.encoding && `encoding ${preview.encoding}`,
    preview.delimiter &&
      `delimiter ${preview.delimiter === '\t' ? 'tab' : `"${preview.delimiter}"`}`,
    preview.sheet && `sheet "${preview.sheet}"`,
    `${preview.header.length} columns`,
  ].filter(Boolean);
  return (
    <>
      <p className="muted" data-testid="file-facts">
        {facts.join(' · ')}
      </p>
      {preview.notes.map((note) => (
        <p key={note} className="warning">
          {note}
        </p>
      ))}
    </>
  );
}
