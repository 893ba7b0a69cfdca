import type { AreaChange } from '../../reports/board-changes';

interface Props {
  changes: readonly AreaChange[];
  likeForLike: boolean;
}

/** The areas whose totals changed most, from published figures only. */
export function LargestChanges({ changes, likeForLike }: Props) {
  return (
    <section className="board-changes" data-testid="board-largest-changes">
      <h2>Areas with the largest changes</h2>
      {!likeForLike && (
        <p className="warning">
          Not like for like: some months of these periods have no data, so these changes partly
          reflect the missing months.
        </p>
      )}
      {changes.length === 0 ? (
        <p className="muted">No area has published totals in both periods.</p>
      ) : (
        <ol>
          {changes.map((c) => (
            <li key={c.area}>
              {c.sentence}
              {likeForLike &&
                (c.significant ? ' A significant change.' : ' Within normal variation.')}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
