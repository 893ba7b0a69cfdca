import { useQuery } from '@tanstack/react-query';
import { useDatabase } from '../../app/database-context';
import { monthLabel } from '../../analytics/months';
import { categoryById, CATEGORIES } from '../../ingest/taxonomy';
import { datasetQuery, districtsQuery } from '../../queries/summary';
import type { ExploreFilter } from './explore-filter';

interface Props {
  filter: ExploreFilter;
  onChange: (filter: ExploreFilter) => void;
}

/** Month range, categories and area: every view on the page follows these. */
export function FilterPanel({ filter, onChange }: Props) {
  const { db, version } = useDatabase();
  const dataset = useQuery(datasetQuery(db, version)).data;
  const districts = useQuery(districtsQuery(db, version)).data ?? [];
  const months = (dataset?.months.covered ?? []).map((month) => ({ month, label: monthLabel(month) }));
  const present = CATEGORIES.filter((c) => c.parent === null && (dataset?.byCategory[c.id] ?? 0) > 0);

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
        <label>
          From
          <select
            value={filter.fromMonth ?? ''}
            onChange={(e) => onChange({ ...filter, fromMonth: e.target.value || null })}
            data-testid="from-month"
          >
            <option value="">first month</option>
            {months.map((m) => (
              <option key={m.month} value={m.month}>
                {m.label}
              </option>
            ))}
          </select>
        </label>
        <label>
          To
          <select
            value={filter.toMonth ?? ''}
            onChange={(e) => onChange({ ...filter, toMonth: e.target.value || null })}
            data-testid="to-month"
          >
            <option value="">last month</option>
            {months.map((m) => (
              <option key={m.month} value={m.month}>
                {m.label}
              </option>
            ))}
          </select>
        </label>
      </div>
      <fieldset>
        <legend>Categories {filter.categories.length === 0 && '(all)'}</legend>
        {present.map((c) => (
          <label key={c.id} className="check">
            <input
              type="checkbox"
              checked={filter.categories.includes(c.id)}
              onChange={() => toggleCategory(c.id)}
            />
            <span className="swatch" style={{ background: categoryById(c.id)?.colour }} />
            {c.label} ({(dataset?.byCategory[c.id] ?? 0).toLocaleString('en-GB')})
          </label>
        ))}
      </fieldset>
      <label>
        Area
        <select
          value={filter.district ?? ''}
          onChange={(e) => onChange({ ...filter, district: e.target.value || null })}
          data-testid="area"
        >
          <option value="">everywhere</option>
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
