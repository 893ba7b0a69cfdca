import { useId, useState } from 'react';
import type { BoardBreakdown } from '../../reports/board-report';
import { BoardAreaTable } from './BoardAreaTable';
import { HeadlineFigures } from './HeadlineFigures';

interface Props {
  breakdown: BoardBreakdown;
  currentHeading: string;
  previousHeading: string;
  areaHeading: string;
}

/** A category (Other crime) opened by crime type on demand, with the same disclosure control. */
export function CrimeTypeBreakdown({
  breakdown,
  currentHeading,
  previousHeading,
  areaHeading,
}: Props) {
  const [open, setOpen] = useState(false);
  const panel = useId();
  const name = breakdown.parentLabel;
  return (
    <section className="board-crime-types" data-testid="board-crime-types">
      <button
        type="button"
        className="button no-print-when-closed"
        aria-expanded={open}
        aria-controls={panel}
        onClick={() => setOpen(!open)}
      >
        {open ? `Hide ${name.toLowerCase()} by crime type` : `${name} by crime type`}
      </button>
      {open && (
        <div id={panel} className="board-crime-types-panel">
          <h2>{name} by crime type</h2>
          <HeadlineFigures
            headlines={breakdown.headlines}
            caption={`${name} by crime type`}
            firstHeading="Crime type"
            currentHeading={currentHeading}
            previousHeading={previousHeading}
            testId="board-crime-type-figures"
          />
          <BoardAreaTable
            table={breakdown.table}
            areaHeading={areaHeading}
            caption={`${name} by ${areaHeading.toLowerCase()} and crime type, ${currentHeading}`}
            testId="board-crime-type-table"
          />
        </div>
      )}
    </section>
  );
}
