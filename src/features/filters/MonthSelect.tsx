interface Props {
  label: string;
  /** What no choice means, e.g. "first month". */
  emptyLabel: string;
  value: string | null;
  months: { month: string; label: string }[];
  testId: string;
  onChange: (month: string | null) => void;
}

/** One end of the month range; a month without data (from a link) shows as such. */
export function MonthSelect({ label, emptyLabel, value, months, testId, onChange }: Props) {
  return (
    <label>
      {label}
      <select
        value={value ?? ''}
        onChange={(e) => onChange(e.target.value || null)}
        data-testid={testId}
      >
        <option value="">{emptyLabel}</option>
        {value && !months.some((m) => m.month === value) && (
          <option value={value}>{value} (no data)</option>
        )}
        {months.map((m) => (
          <option key={m.month} value={m.month}>
            {m.label}
          </option>
        ))}
      </select>
    </label>
  );
}
