import type { BoardBreakdown, BoardHeadline } from '../../reports/board-report';
import { HeadlineFigures } from './HeadlineFigures';

interface Props {
  headlines: readonly BoardHeadline[];
  /** Sub-categories, shown under their category. */
  parts: readonly BoardBreakdown[];
  currentHeading: string;
  previousHeading: string;
}

/** The headline change for each category in words, then in figures with its sub-categories. */
export function BoardHeadlines({ headlines, parts, currentHeading, previousHeading }: Props) {
  const rows = headlines.flatMap((h) => [
    h,
    ...parts.filter((p) => p.parent === h.category).flatMap((p) => p.headlines),
  ]);
  return (
    <section className="board-headlines" data-testid="board-headlines">
      <h2>Headlines</h2>
      <ul className="sentences">
        {headlines.map((h) => (
          <li key={h.category} data-testid="board-headline">
            {h.sentence}
          </li>
        ))}
      </ul>
      <HeadlineFigures
        headlines={rows}
        caption="Headline figures by category and sub-category"
        firstHeading="Category"
        currentHeading={currentHeading}
        previousHeading={previousHeading}
        testId="board-figures"
      />
    </section>
  );
}
