import { describe, expect, it } from 'vitest';
import { comparisonWindows } from '../../../src/analytics/trends/comparisonWindows';
import type { MonthlySeries } from '../../../src/analytics/trends/monthlySeries';
import { comparePeriods } from '../../../src/analytics/trends/periodComparison';
import { trendsTableCsv } from '../../../src/features/trends/trends-csv';
import type { CategoryTrend } from '../../../src/reports/trends-report';
import { COMPARISON_KINDS } from '../../../src/reports/trends-report';

const months = Array.from({ length: 24 }, (_, i) => {
  const year = 2024 + Math.floor(i / 12);
  return `${year}-${String((i % 12) + 1).padStart(2, '0')}`;
});

function trend(label: string, series: MonthlySeries): CategoryTrend {
  const windows = comparisonWindows('2025-12');
  const comparisons = Object.fromEntries(
    COMPARISON_KINDS.map((kind) => [
      kind,
      comparePeriods(series, windows.find((w) => w.kind === kind) ?? windows[0]!),
    ]),
  ) as CategoryTrend['comparisons'];
  const sentences = Object.fromEntries(
    COMPARISON_KINDS.map((k) => [k, '']),
  ) as CategoryTrend['sentences'];
  return { category: label, label, parent: null, area: null, series, comparisons, sentences };
}

const context = {
  title: 'Trends: comparisons by category',
  period: '2024-01 to 2025-12',
  area: 'All areas loaded',
  sources: 'police.uk',
  filters: 'all categories',
};

describe('the Trends comparison table as CSV', () => {
  it('has the header block, the counts and intervals, and "no data" for a year without data', () => {
    const full = trend('Anti-social behaviour', {
      months,
      counts: months.map((_, i) => (i < 12 ? 100 : 130)),
      covered: months.map(() => true),
    });
    const half = trend('=HYPERLINK("x")', {
      months,
      counts: months.map((_, i) => (i < 12 ? 0 : 20)),
      covered: months.map((_, i) => i >= 12),
    });
    const csv = trendsTableCsv(context, [full, half], 'Category', (t) => t.label);
    const lines = csv.split(/\r?\n/);
    expect(lines[0]).toContain('Trends: comparisons by category');
    expect(csv).toContain('12 months vs previous 12: rate ratio');
    const asb = lines.find((l) => l.startsWith('Anti-social behaviour')) ?? '';
    // 12 months: 1,560 against 1,200, rate ratio 1.3.
    expect(asb).toContain('1560,1200,30,1.3,');
    const escaped = lines.find((l) => l.includes('HYPERLINK')) ?? '';
    expect(escaped.startsWith('"\'=HYPERLINK')).toBe(true);
    expect(escaped).toContain('240,no data');
    expect(escaped).toContain('not like for like');
  });
});
