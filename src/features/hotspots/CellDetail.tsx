import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useDatabase } from '../../db/database-context';
import { EChart } from '../../components/EChart';
import { categoryById } from '../../sql/taxonomy';
import { cellDetailQuery } from '../../queries/hotspots';
import type { IncidentFilter } from '../../sql/filters';
import type { GridCellRef } from '../../sql/hotspots';
import { monthlySeriesOption } from './monthly-series-option';
import { cellPlaceLabel } from '../../reports/hotspots/cell-place-names';
import { ScrollRegion } from '../../components/ScrollRegion';

const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

interface Props {
  filter: IncidentFilter;
  cell: GridCellRef;
  /** The cell's streets ("Saltergate / Holywell Street"), once known. */
  name: string | undefined;
  coveredMonths: readonly string[];
}

/** A chosen cell: its category mix, monthly series and incident list. */
export function CellDetail({ filter, cell, name, coveredMonths }: Props) {
  const { db, version } = useDatabase();
  const detail = useQuery(cellDetailQuery(db, version, filter, cell)).data;
  const option = useMemo(
    () => (detail ? monthlySeriesOption(detail.monthly, coveredMonths) : null),
    [detail, coveredMonths],
  );
  return (
    <section className="panel" data-testid="cell-detail">
      <h2>{capitalised(cellPlaceLabel(cell, name, 'square'))}</h2>
      <p className="muted">
        {cell.cellSize} m cell; SW corner E {cell.ix * cell.cellSize}, N {cell.iy * cell.cellSize}
      </p>
      {!detail && <p className="muted">Loading…</p>}
      {detail && (
        <>
          <p>
            {detail.categoryMix
              .map((c) => `${categoryById(c.category)?.label ?? c.category}: ${c.count}`)
              .join(' · ') || 'No incidents in this cell.'}
          </p>
          {option && <EChart option={option} testId="cell-monthly-chart" height={140} />}
          <ScrollRegion
            className="cell-incidents"
            label={`Incidents in cell ${cell.ix}, ${cell.iy}`}
          >
            <table className="table">
              <thead>
                <tr>
                  <th>Date</th>
                  <th>Type</th>
                  <th>Location</th>
                </tr>
              </thead>
              <tbody>
                {detail.incidents.map((incident, i) => (
                  <tr key={i}>
                    <td>{incident.occurred_at ?? incident.month}</td>
                    <td>{incident.type}</td>
                    <td>{incident.location ?? ''}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            {detail.incidents.length >= 500 && (
              <p className="muted">First 500 shown, newest first.</p>
            )}
          </ScrollRegion>
        </>
      )}
    </section>
  );
}
