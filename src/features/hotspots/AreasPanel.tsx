import type { AreasReport } from '../../reports/areas-report';
import { openingRow } from '../../components/opening-row';
import { ScrollRegion } from '../../components/ScrollRegion';

interface Props {
  report: AreasReport;
  selectedCode: string | null;
  onSelect: (code: string) => void;
}

const fmt = (n: number) => n.toLocaleString('en-GB');

/** Counts and rates per 1,000 residents by area, busiest first. */
export function AreasPanel({ report, selectedCode, onSelect }: Props) {
  return (
    <section className="panel" aria-label="Counts by area">
      <h2>{report.layer}</h2>
      <p className="muted">
        Incidents assigned to the area containing their map point; rates are incidents over the
        chosen months per 1,000 residents.
        {report.outsideAreas > 0 &&
          ` ${fmt(report.outsideAreas)} located incidents fall in none of the areas.`}
        {report.unlocated > 0 && ` ${fmt(report.unlocated)} have no location.`}
      </p>
      <ScrollRegion className="hotspot-table" label={`Counts by ${report.layer}`}>
        <table className="table" data-testid="area-counts">
          <thead>
            <tr>
              <th>Area</th>
              <th className="num">Incidents</th>
              <th className="num">Residents</th>
              <th className="num">per 1,000</th>
            </tr>
          </thead>
          <tbody>
            {report.areas.map((a) => (
              <tr
                key={a.code}
                aria-selected={a.code === selectedCode}
                {...openingRow(() => onSelect(a.code))}
              >
                <td>{a.name}</td>
                <td className="num">{fmt(a.count)}</td>
                <td className="num">{a.population === null ? '–' : fmt(a.population)}</td>
                <td className="num">{a.ratePer1000 === null ? '–' : a.ratePer1000.toFixed(1)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
    </section>
  );
}
