import { useMemo, useState } from 'react';
import type { ColumnMapping, ColumnRole } from '../../ingest/local/column-mapping';
import { COLUMN_ROLES, createColumnMapping } from '../../ingest/local/column-mapping';
import type { DateFormatChoice } from '../../ingest/local/date-format';
import type { LocalTablePreview } from '../../ingest/local/open-table';
import { proposeMapping } from '../../ingest/local/propose-mapping';
import { columnMappingProblems, DATE_FORMAT_LABELS, ROLE_LABELS } from './column-roles';
import { FileFacts, PreviewTable } from './PreviewTable';

interface Props {
  preview: LocalTablePreview;
  /** Why the file is not a police.uk street-level file, when known. */
  why?: string;
  /** A saved mapping being edited; otherwise the proposal fills the form. */
  initial: ColumnMapping | null;
  onSheet: (sheet: string) => void;
  onConfirm: (mapping: ColumnMapping) => void;
  onSkip: () => void;
}

const fileStem = (name: string) => (name.split('/').pop() ?? name).replace(/\.[^.]+$/, '');

/** Step 1: which column is what, the date format, and the mapping's and source's names. */
export function ColumnMappingForm({ preview, why, initial, onSheet, onConfirm, onSkip }: Props) {
  const proposal = useMemo(() => proposeMapping(preview.header, preview.sampleRows), [preview]);
  const [columns, setColumns] = useState(initial?.columns ?? proposal.columns);
  const [dateFormat, setDateFormat] = useState<DateFormatChoice>(initial?.dateFormat ?? 'auto');
  const [name, setName] = useState(initial?.name ?? `${fileStem(preview.fileName)} columns`);
  const [source, setSource] = useState(initial?.source ?? '');
  const problems = columnMappingProblems(columns, name, source);
  const detected = proposal.dateFormat;

  function setRole(role: ColumnRole, column: string) {
    setColumns((old) => {
      const next = { ...old };
      if (column === '') delete next[role];
      else next[role] = column;
      return next;
    });
  }

  function confirm() {
    const sheet = preview.sheet ?? undefined;
    onConfirm(
      createColumnMapping(preview.header, {
        name: name.trim(),
        source: source.trim(),
        columns,
        dateFormat,
        sheet,
      }),
    );
  }

  return (
    <section
      className="panel local-form"
      aria-label="Column mapping"
      data-testid="column-mapping-form"
    >
      <h2>Map the columns of {preview.fileName}</h2>
      <p data-testid="why-local">
        {preview.fileName}: {why ?? 'not a police.uk street-level file'}. Map its columns below to
        load it as a local extract; the mapping is saved in this browser and used again for files
        with the same columns.
      </p>
      <FileFacts preview={preview} />
      {preview.sheetNames.length > 1 && (
        <label>
          Sheet{' '}
          <select
            value={preview.sheet ?? ''}
            onChange={(e) => onSheet(e.target.value)}
            data-testid="sheet-picker"
          >
            {preview.sheetNames.map((s) => (
              <option key={s}>{s}</option>
            ))}
          </select>
        </label>
      )}
      <PreviewTable preview={preview} />
      <table className="table role-table">
        <thead>
          <tr>
            <th>What</th>
            <th>Column in the file</th>
            <th>Proposed because</th>
          </tr>
        </thead>
        <tbody>
          {COLUMN_ROLES.map((role) => {
            const proposed = proposal.roles.find((r) => r.role === role);
            return (
              <tr key={role}>
                <td>
                  {ROLE_LABELS[role]}
                  {(role === 'date' || role === 'category') && ' *'}
                </td>
                <td>
                  <select
                    value={columns[role] ?? ''}
                    onChange={(e) => setRole(role, e.target.value)}
                    data-role={role}
                    aria-label={ROLE_LABELS[role]}
                  >
                    <option value="">— not in this file —</option>
                    {preview.header.map((column) => (
                      <option key={column} value={column}>
                        {column}
                      </option>
                    ))}
                  </select>
                </td>
                <td className="muted">
                  {proposed
                    ? `${proposed.column}: ${Math.round(proposed.confidence * 100)}% sure — ${proposed.reason}`
                    : ''}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <label className="block">
        Date format{' '}
        <select
          value={dateFormat}
          onChange={(e) => setDateFormat(e.target.value as DateFormatChoice)}
          data-testid="date-format"
        >
          {(Object.keys(DATE_FORMAT_LABELS) as DateFormatChoice[]).map((choice) => (
            <option key={choice} value={choice}>
              {DATE_FORMAT_LABELS[choice]}
              {choice === 'auto' && detected ? ` (the first rows read as ${detected.format})` : ''}
            </option>
          ))}
        </select>
      </label>
      {detected && <p className="muted">Detected from the first rows: {detected.reason}</p>}
      {detected?.assumedDayFirst && (
        <p className="warning" data-testid="date-assumed">
          Every sample date could be read either way: UK day-first (DD/MM/YYYY) is assumed. Choose
          month-first if this system exports US dates.
        </p>
      )}
      <div className="field-row">
        <label>
          Mapping name{' '}
          <input
            value={name}
            onChange={(e) => setName(e.target.value)}
            data-testid="mapping-name"
          />
        </label>
        <label>
          Source name{' '}
          <input
            value={source}
            placeholder="e.g. Council ASB (ECINS)"
            onChange={(e) => setSource(e.target.value)}
            data-testid="mapping-source"
          />
        </label>
      </div>
      {problems.length > 0 && <p className="warning">To go on: {problems.join('; ')}.</p>}
      <div className="actions">
        <button type="button" onClick={onSkip}>
          Skip this file
        </button>
        <button
          type="button"
          className="primary"
          disabled={problems.length > 0}
          onClick={confirm}
          data-testid="confirm-columns"
        >
          Next: map the codes
        </button>
      </div>
    </section>
  );
}
