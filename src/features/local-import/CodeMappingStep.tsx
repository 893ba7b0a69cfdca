import { useState } from 'react';
import type { CodeMapping, HateStrand } from '../../ingest/local/code-mapping';
import { HATE_STRANDS } from '../../ingest/local/code-mapping';
import type { ColumnMapping } from '../../ingest/local/column-mapping';
import type { ColumnValueCounts } from '../../ingest/local/column-values';
import { CATEGORIES } from '../../sql/taxonomy';
import type { CodeRow } from './code-rows';
import { codeMappingFromRows, initialCodeRows, unmappedTotals } from './code-rows';

interface Props {
  fileName: string;
  columnMapping: ColumnMapping;
  codes: ColumnValueCounts;
  initial: CodeMapping | null;
  onBack: () => void;
  onLoad: (mapping: CodeMapping) => void;
}

const n = (value: number) => value.toLocaleString('en-GB');
const isHate = (category: string | undefined) =>
  category === 'hate-crime' || category === 'hate-incident';

/** Step 2: every code in the file with its count and category; unmapped codes are held back. */
export function CodeMappingStep({
  fileName,
  columnMapping,
  codes,
  initial,
  onBack,
  onLoad,
}: Props) {
  const [rows, setRows] = useState<CodeRow[]>(() => initialCodeRows(codes.values, initial));
  const held = unmappedTotals(rows);

  function update(code: string, change: (row: CodeRow) => CodeRow) {
    setRows((old) => old.map((r) => (r.code === code ? change(r) : r)));
  }

  function load() {
    const name = initial?.name ?? `${columnMapping.name} codes`;
    onLoad(codeMappingFromRows(name, columnMapping.source, rows, initial));
  }

  return (
    <section className="panel local-form" aria-label="Code mapping" data-testid="code-mapping-step">
      <h2>Map the codes of {fileName}</h2>
      <p>
        {rows.length} distinct values in “{columnMapping.columns.category}” across {n(codes.rows)}{' '}
        rows. Choose the category for each; rows whose code stays unmapped are held back and listed,
        never put in “other”.
      </p>
      {codes.truncated && (
        <p className="warning">
          Only the first 2,000 distinct values are listed: is this really the code column?
        </p>
      )}
      <table className="table code-table">
        <thead>
          <tr>
            <th>Code in the file</th>
            <th className="num">Rows</th>
            <th>Category</th>
            <th>Hate strand</th>
            <th>Proposed because</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.code} data-code={row.code} className={row.target ? '' : 'unmapped'}>
              <td>{row.code}</td>
              <td className="num">{n(row.count)}</td>
              <td>
                <select
                  aria-label={`Category for ${row.code}`}
                  value={row.target?.category ?? ''}
                  onChange={(e) =>
                    update(row.code, (r) => ({
                      ...r,
                      target: e.target.value ? { category: e.target.value } : null,
                      reason: 'chosen by hand',
                    }))
                  }
                >
                  <option value="">— unmapped: hold back —</option>
                  {CATEGORIES.map((c) => (
                    <option key={c.id} value={c.id}>
                      {c.parent ? `\u00a0\u00a0${c.label}` : c.label}
                    </option>
                  ))}
                </select>
              </td>
              <td>
                {isHate(row.target?.category) && (
                  <select
                    aria-label={`Hate strand for ${row.code}`}
                    value={row.target?.hateStrand ?? ''}
                    onChange={(e) =>
                      update(row.code, (r) => ({
                        ...r,
                        target: r.target && {
                          category: r.target.category,
                          ...(e.target.value ? { hateStrand: e.target.value as HateStrand } : {}),
                        },
                      }))
                    }
                  >
                    <option value="">not stated</option>
                    {HATE_STRANDS.map((s) => (
                      <option key={s}>{s}</option>
                    ))}
                  </select>
                )}
              </td>
              <td className="muted">{row.reason}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {held.codes > 0 && (
        <p className="warning" data-testid="unmapped-summary">
          {held.codes} code{held.codes === 1 ? '' : 's'} unmapped ({n(held.rows)} rows).
        </p>
      )}
      <div className="actions">
        <button type="button" onClick={onBack}>
          Back to the columns
        </button>
        <button type="button" className="primary" onClick={load} data-testid="load-local">
          Save the mapping and load
          {held.rows > 0
            ? ` — ${n(held.rows)} rows will be held back while ${held.codes} code${held.codes === 1 ? '' : 's'} stay${held.codes === 1 ? 's' : ''} unmapped`
            : ''}
        </button>
      </div>
    </section>
  );
}
