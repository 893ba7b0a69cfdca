import { useMemo } from 'react';
import { EChart } from '../../components/EChart';
import { categoryById } from '../../sql/taxonomy';
import type { RepeatLocation, RepeatLocationsReport } from '../../reports/repeat-locations-report';
import { categoryMixRows, monthlySeriesOption } from './monthly-series-option';
import { openingRow } from '../../components/opening-row';
import { ScrollRegion } from '../../components/ScrollRegion';

interface Props {
  report: RepeatLocationsReport;
  selectedKey: string | null;
  onSelect: (location: RepeatLocation) => void;
  onDownload: () => void;
}

const TREND_TEXT = { rising: '↑ rising', falling: '↓ falling', 'no trend': '–' } as const;

/** Top places or streets with last 3 months against the previous 3 and the Mann–Kendall trend. */
export function RepeatLocationsPanel({ report, selectedKey, onSelect, onDownload }: Props) {
  const selected = report.locations.find((l) => l.key === selectedKey) ?? null;
  const option = useMemo(
    () =>
      selected
        ? monthlySeriesOption(
            selected.monthly.map((count, i) => ({ month: report.months[i] ?? '', count })),
            report.months,
          )
        : null,
    [selected, report.months],
  );
  return (
    <section className="panel" aria-label="Repeat locations">
      <h2>Top {report.kind === 'street' ? 'streets' : 'places'}</h2>
      <p className="muted">
        Last 3 months ({report.lastThreeMonths.join(', ')}) against the 3 before (
        {report.previousThreeMonths.join(', ') || 'none'}); trend by Mann–Kendall at p &lt;{' '}
        {report.trendAlpha} over {report.months.length} months with data.
      </p>
      <ScrollRegion
        className="hotspot-table"
        label={report.kind === 'street' ? 'Top streets' : 'Top places'}
      >
        <table className="table" data-testid="repeat-locations">
          <thead>
            <tr>
              <th>#</th>
              <th>{report.kind === 'street' ? 'Street' : 'Place'}</th>
              <th className="num">Total</th>
              <th className="num">Last 3 / prev 3</th>
              <th>Trend</th>
            </tr>
          </thead>
          <tbody>
            {report.locations.map((l, i) => (
              <tr
                key={l.key}
                aria-selected={l.key === selectedKey}
                {...openingRow(() => onSelect(l))}
              >
                <td>{i + 1}</td>
                <td>{l.name}</td>
                <td className="num">{l.total}</td>
                <td className="num">
                  {l.lastThree} / {l.previousThree}
                </td>
                <td title={`tau ${l.trend.tau.toFixed(2)}, p ${l.trend.p.toFixed(3)}`}>
                  {TREND_TEXT[l.trend.direction]}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
      <button type="button" onClick={onDownload}>
        Download {report.kind === 'street' ? 'streets' : 'places'} (CSV)
      </button>
      {selected && (
        <div data-testid="location-detail">
          <h2>{selected.name}</h2>
          <p>
            {categoryMixRows(selected.categoryMix)
              .map((c) => `${categoryById(c.category)?.label ?? c.category}: ${c.count}`)
              .join(' · ')}
            {report.kind === 'street' && ` · ${selected.points} map points`}
          </p>
          {option && <EChart option={option} testId="location-monthly-chart" height={140} />}
        </div>
      )}
    </section>
  );
}
