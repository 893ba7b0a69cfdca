import type { IncidentFilter } from '../../sql/filters';
import { useCountingStatement } from './use-counting-statement';
import './counting.css';

interface Props {
  /** The view's own filter: the counts beside each source follow it. */
  filter: IncidentFilter;
  /** false on aggregates-only outputs (the board), where a count could undo suppression. */
  counts?: boolean;
}

/**
 * The one line every view carries: which source each category is counted from (the same
 * incident is often reported to several agencies), with the other sources beside it. It prints
 * with the view.
 */
export function CountingStatement({ filter, counts = true }: Props) {
  const text = useCountingStatement(filter, { counts });
  if (text === null) return null;
  return (
    <p className="counting-statement" data-testid="counting-statement">
      {text}
    </p>
  );
}
