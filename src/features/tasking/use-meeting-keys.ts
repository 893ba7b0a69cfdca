import { useEffect } from 'react';

interface Keys {
  next: () => void;
  previous: () => void;
  jump: (item: number) => void;
  leave: () => void;
  /** Highest item number. */
  last: number;
}

function inField(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return (
    target.isContentEditable ||
    target.closest('input, textarea, select, [role="radiogroup"]') !== null
  );
}

/**
 * Meeting mode's keys: → or N next item, ← or P previous, 0–9 jump to that item, Escape leaves.
 * Keys typed into a field stay with the field; Escape there only leaves the field.
 */
export function useMeetingKeys({ next, previous, jump, leave, last }: Keys): void {
  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
      if (inField(event.target)) {
        if (event.key === 'Escape' && event.target instanceof HTMLElement) event.target.blur();
        return;
      }
      const key = event.key;
      if (key === 'ArrowRight' || key === 'n' || key === 'N') next();
      else if (key === 'ArrowLeft' || key === 'p' || key === 'P') previous();
      else if (/^[0-9]$/.test(key) && Number(key) <= last) jump(Number(key));
      else if (key === 'Escape') leave();
      else return;
      event.preventDefault();
    }
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [next, previous, jump, leave, last]);
}
