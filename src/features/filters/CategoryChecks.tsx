import type { Category } from '../../sql/taxonomy';
import { CATEGORIES } from '../../sql/taxonomy';

interface Props {
  /** Incidents per stored category id (sub-categories separate from their parent). */
  byCategory: Record<string, number>;
  chosen: readonly string[];
  onToggle: (id: string) => void;
}

/** Incidents per stored category id, from the summary's counts by the source's own type. */
export function storedCategoryCounts(
  byCrimeType: readonly { category: string; count: number }[],
): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const { category, count } of byCrimeType) counts[category] = (counts[category] ?? 0) + count;
  return counts;
}

/** A category's own incidents plus those of its sub-categories (NSIR personal… roll up into ASB). */
export function rolledUpCount(id: string, byCategory: Record<string, number>): number {
  return CATEGORIES.filter((c) => c.id === id || c.parent === id).reduce(
    (n, c) => n + (byCategory[c.id] ?? 0),
    0,
  );
}

function CategoryCheck({
  category,
  count,
  checked,
  onToggle,
}: {
  category: Category;
  count: number;
  checked: boolean;
  onToggle: () => void;
}) {
  return (
    <label
      className="check"
      style={category.parent ? { paddingLeft: 18 } : undefined}
      data-testid={`category-${category.id}`}
      data-count={count}
    >
      <input type="checkbox" checked={checked} onChange={onToggle} />
      <span className="swatch" style={{ background: category.colour }} />
      {category.label} ({count.toLocaleString('en-GB')})
    </label>
  );
}

/**
 * Category checkboxes: top-level categories with their rolled-up counts, and under each the
 * sub-categories present in the data (NSIR ASB split, criminal damage / arson primary, secondary).
 */
export function CategoryChecks({ byCategory, chosen, onToggle }: Props) {
  const present = CATEGORIES.filter(
    (c) => c.parent === null && rolledUpCount(c.id, byCategory) > 0,
  );
  return (
    <fieldset>
      <legend>Categories {chosen.length === 0 && '(all)'}</legend>
      {present.map((parent) => (
        <div key={parent.id}>
          <CategoryCheck
            category={parent}
            count={rolledUpCount(parent.id, byCategory)}
            checked={chosen.includes(parent.id)}
            onToggle={() => onToggle(parent.id)}
          />
          {CATEGORIES.filter((c) => c.parent === parent.id && (byCategory[c.id] ?? 0) > 0).map(
            (sub) => (
              <CategoryCheck
                key={sub.id}
                category={sub}
                count={byCategory[sub.id] ?? 0}
                checked={chosen.includes(sub.id)}
                onToggle={() => onToggle(sub.id)}
              />
            ),
          )}
        </div>
      ))}
    </fieldset>
  );
}
