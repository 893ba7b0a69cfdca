import { useId } from 'react';
import { addMonths } from '../../analytics/months';

interface Props {
  value: string | null;
  /** Months with data, oldest first. */
  months: readonly string[];
  onChange: (month: string) => void;
}

/** The meeting month: any month with data, or the month after the latest (data up to last month). */
export function MeetingMonthPicker({ value, months, onChange }: Props) {
  const id = useId();
  const latest = months[months.length - 1];
  const choices = latest ? [...months, addMonths(latest, 1)].reverse() : [];
  return (
    <label htmlFor={id} className="meeting-month">
      Meeting month
      <select
        id={id}
        value={value ?? ''}
        data-testid="meeting-month"
        onChange={(e) => onChange(e.target.value)}
      >
        {value && !choices.includes(value) && <option value={value}>{value} (no data)</option>}
        {choices.map((m) => (
          <option key={m} value={m}>
            {m}
            {m === latest ? ' (latest data)' : months.includes(m) ? '' : ' (no data yet)'}
          </option>
        ))}
      </select>
    </label>
  );
}
