import { useQuery } from '@tanstack/react-query';
import { useDatabase } from '../../db/database-context';
import { monthLabel } from '../../analytics/months';
import { datasetQuery, districtsQuery, summaryQuery } from '../../queries/summary';
import { MonthSelect } from './MonthSelect';
import { CategoryChecks, storedCategoryCounts } from './CategoryChecks';
import type { ExploreFilter } from './explore-filter';
import { SourceChecks } from './SourceChecks';
import { CountFromControl } from '../counting/CountFromControl';
import { markFilterInput } from './filter-timing';

interface Props {
  filter: ExploreFilter;
  onChange: (filter: ExploreFilter) => void;
}

/** Month range, categories, sources and area: every view on the page follows these. */
export function FilterPanel({ filter, onChange: setFilter }: Props) {
  const onChange = (next: ExploreFilter) => {
    markFilterInput();
    setFilter(next);
  };
  const { db, version } = useDatabase();
  const dataset = useQuery(datasetQuery(db, version)).data;
  // Category counts follow the counting choice, so the checkboxes agree with every total.
  const counted = useQuery(summaryQuery(db, version, { countFrom: filter.countFrom })).data;
  const districts = useQuery(districtsQuery(db, version)).data ?? [];
  const months = (dataset?.months.covered ?? []).map((month) => ({
    month,
    label: monthLabel(month),
  }));

  function toggleCategory(id: string) {
    const has = filter.categories.includes(id);
    onChange({
      ...filter,
      categories: has ? filter.categories.filter((c) => c !== id) : [...filter.categories, id],
    });
  }

  return (
    <section className="panel filter-panel" aria-label="Filters">
      <h2>Filters</h2>
      <div className="field-row">
        <MonthSelect
          label="From"
          emptyLabel="first month"
          value={filter.fromMonth}
          months={months}
          testId="from-month"
          onChange={(fromMonth) => onChange({ ...filter, fromMonth })}
        />
        <MonthSelect
          label="To"
          emptyLabel="last month"
          value={filter.toMonth}
          months={months}
          testId="to-month"
          onChange={(toMonth) => onChange({ ...filter, toMonth })}
        />
      </div>
      <CategoryChecks
        byCategory={storedCategoryCounts(counted?.byCrimeType ?? [])}
        chosen={filter.categories}
        onToggle={toggleCategory}
      />
      <SourceChecks
        chosen={filter.sources}
        onChange={(sources) => onChange({ ...filter, sources })}
      />
      <CountFromControl
        countFrom={filter.countFrom}
        sources={filter.sources}
        onChange={(countFrom) => onChange({ ...filter, countFrom })}
      />
      <label>
        Area
        <select
          value={filter.district ?? ''}
          onChange={(e) => onChange({ ...filter, district: e.target.value || null })}
          data-testid="area"
        >
          <option value="">everywhere</option>
          {filter.district && !districts.some((d) => d.district === filter.district) && (
            <option value={filter.district}>{filter.district} (no data)</option>
          )}
          {districts.map((d) => (
            <option key={d.district} value={d.district}>
              {d.district} ({d.count.toLocaleString('en-GB')})
            </option>
          ))}
        </select>
      </label>
    </section>
  );
}
