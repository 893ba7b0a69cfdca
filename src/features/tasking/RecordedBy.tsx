import { useId } from 'react';

interface Props {
  value: string;
  onChange: (who: string) => void;
}

/** The "recorded by" field every tasking change asks for; kept for next time in this browser. */
export function RecordedBy({ value, onChange }: Props) {
  const id = useId();
  return (
    <label htmlFor={id}>
      Recorded by (your name)
      <input
        id={id}
        required
        autoComplete="name"
        value={value}
        onChange={(e) => onChange(e.target.value)}
      />
    </label>
  );
}
