import { AREA_NOT_RECORDED } from '../../sql/trends';
import type { CategoryTrend, CategoryTrendDetail } from '../../reports/trends-report';
import { ComparisonTable } from './ComparisonTable';
import { ExceedancePanel } from './ExceedancePanel';
import { SeasonalTable } from './SeasonalTable';

interface Props {
  trend: CategoryTrendDetail;
  areas: readonly CategoryTrend[];
  reportingMonth: string;
  areaLevelLabel: string;
  /** Opens an area's hotspots for this category (districts only); null where it cannot. */
  onArea: ((area: string) => void) | null;
}

/**
 * One category in depth: its exceedance chart, its seasonality and its areas, the areas with the
 * largest 12-month change first.
 */
export function CategoryDrillDown({ trend, areas, reportingMonth, areaLevelLabel, onArea }: Props) {
  const ofCategory = areas
    .filter((a) => a.category === trend.category)
    .sort(
      (a, b) =>
        Math.abs(b.comparisons.rolling12Months.change ?? 0) -
        Math.abs(a.comparisons.rolling12Months.change ?? 0),
    );
  return (
    <section className="panel" data-testid="category-drill-down">
      <h2>{trend.label}: exceedance, seasonality and areas</h2>
      <ul className="sentences">
        {Object.values(trend.sentences).map((s) => (
          <li key={s}>{s}</li>
        ))}
      </ul>
      <ExceedancePanel trend={trend} />
      <SeasonalTable trend={trend} reportingMonth={reportingMonth} />
      <ComparisonTable
        trends={ofCategory}
        rowHeading={areaLevelLabel}
        rowLabel={(t) => t.area ?? ''}
        caption={`${trend.label} by ${areaLevelLabel.toLowerCase()}, largest 12-month change first.${
          onArea ? ' Choose a district to see its hotspots for this category.' : ''
        }`}
        testId="area-comparison-table"
        onSelect={
          onArea
            ? (t) => (t.area && t.area !== AREA_NOT_RECORDED ? onArea(t.area) : undefined)
            : undefined
        }
      />
    </section>
  );
}
