import { useState } from 'react';

/**
 * `value` while `complete`, else the last complete value (or `value` before there is one): a
 * map redraws once per filter change, with every result of it, not once per result.
 */
export function useLastComplete<T>(value: T, complete: boolean): T {
  const [kept, setKept] = useState(value);
  if (complete && kept !== value) setKept(value);
  return complete ? value : kept;
}
