import { formatWindow } from '../../analytics/trends/ukNumberFormat';
import type { AreaChange, ChangesBasis } from '../../reports/board-changes';

interface Props {
  changes: readonly AreaChange[];
  basis: ChangesBasis | null;
}

/**
 * The areas whose totals changed most, from published figures only, and only like for like: over
 * the board's periods when complete, else over the months both periods have data for, labelled.
 */
export function LargestChanges({ changes, basis }: Props) {
  return (
    <section className="board-changes" data-testid="board-largest-changes">
      <h2>Areas with the largest changes</h2>
      {basis?.likeForLike && (
        <p className="muted" data-testid="board-changes-basis">
          Like for like: {formatWindow(basis.current)} against {formatWindow(basis.previous)}, the
          months both periods have data for.
        </p>
      )}
      {!basis ? (
        <p className="muted">
          Not shown: no month of these periods has data in both years, so no change can be compared
          like for like.
        </p>
      ) : changes.length === 0 ? (
        <p className="muted">No area has published totals in both periods.</p>
      ) : (
        <ol>
          {changes.map((c) => (
            <li key={c.area}>
              {c.sentence}
              {c.significant ? ' A significant change.' : ' Within normal variation.'}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
