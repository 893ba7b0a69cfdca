import { useEffect, useRef, useState } from 'react';

interface Props {
  label: string;
  /** The accessible name when the label alone is ambiguous (it must contain the label). */
  name?: string;
  /** What will happen, shown before the user confirms. */
  warning: string;
  confirmLabel: string;
  onConfirm: () => Promise<void>;
  disabled?: boolean;
  danger?: boolean;
}

/** A button that asks once, in place, before it does something that cannot be undone. */
export function ConfirmButton({
  label,
  name,
  warning,
  confirmLabel,
  onConfirm,
  disabled,
  danger,
}: Props) {
  const [asking, setAsking] = useState(false);
  const [working, setWorking] = useState(false);
  const confirmRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (asking) confirmRef.current?.focus();
  }, [asking]);

  if (!asking)
    return (
      <button
        type="button"
        className={danger ? 'danger' : undefined}
        disabled={disabled}
        aria-label={name}
        onClick={() => setAsking(true)}
      >
        {label}
      </button>
    );
  return (
    <span className="confirm" role="group" aria-label={name ?? label}>
      <span>{warning}</span>{' '}
      <button
        ref={confirmRef}
        type="button"
        className="danger"
        disabled={working}
        onClick={() => {
          setWorking(true);
          void onConfirm().finally(() => {
            setWorking(false);
            setAsking(false);
          });
        }}
      >
        {confirmLabel}
      </button>{' '}
      <button type="button" disabled={working} onClick={() => setAsking(false)}>
        Cancel
      </button>
    </span>
  );
}
