import Papa from 'papaparse';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../support/run-cli';
import { sharedData, sharedDataIfPresent } from '../../support/shared-data';

/** police.uk crime types as the board's categories: the published taxonomy, written out here. */
function categoryOf(crimeType: string): string {
  if (crimeType === 'Anti-social behaviour') return 'asb';
  if (crimeType === 'Criminal damage and arson') return 'criminal-damage-arson';
  if (crimeType === 'Public order') return 'public-order';
  return 'other-crime';
}

/** month → category → rows, counted with papaparse from the files themselves. */
function independentCounts(folder: string): Map<string, Map<string, number>> {
  const counts = new Map<string, Map<string, number>>();
  for (const month of readdirSync(folder)) {
    for (const file of readdirSync(join(folder, month)).filter((f) => f.endsWith('.csv'))) {
      const [header, ...rows] = Papa.parse<string[]>(
        readFileSync(join(folder, month, file), 'utf8'),
        {
          skipEmptyLines: true,
        },
      ).data;
      const monthAt = header?.indexOf('Month') ?? -1;
      const typeAt = header?.indexOf('Crime type') ?? -1;
      for (const row of rows) {
        const byCategory = counts.get(row[monthAt] ?? '') ?? new Map<string, number>();
        const category = categoryOf(row[typeAt] ?? '');
        byCategory.set(category, (byCategory.get(category) ?? 0) + 1);
        counts.set(row[monthAt] ?? '', byCategory);
      }
    }
  }
  return counts;
}

interface Period {
  first: string;
  last: string;
  count: number | null;
  missingMonths: string[];
}
interface Comparison {
  current: Period;
  previous: Period;
  change: number | null;
  likeForLike?: unknown;
  rateRatio: { estimate: number | null; lower: number | null; upper: number | null };
  significant: boolean;
  incomplete: boolean;
  missingMonths: string[];
  verdict: string;
  sentence: string;
}
type Kind = 'monthOnMonth' | 'sameMonthLastYear' | 'yearToDate' | 'rolling12Months';
interface TrendsJson {
  reportingMonth: string;
  missingMonths: string[];
  missingRuns: { from: string; to: string }[];
  categories: { category: string; comparisons: Record<Kind, Comparison>; exceedance: unknown }[];
}

const CATEGORIES = ['asb', 'criminal-damage-arson', 'public-order', 'other-crime'];
const folder = sharedDataIfPresent('policeuk', 'derbyshire');
let counts: Map<string, Map<string, number>>;
let june: TrendsJson;

function months(first: string, last: string): string[] {
  const out: string[] = [];
  for (
    let [y, m] = first.split('-').map(Number) as [number, number];
    `${y}-${String(m).padStart(2, '0')}` <= last;
  ) {
    out.push(`${y}-${String(m).padStart(2, '0')}`);
    [y, m] = m === 12 ? [y + 1, 1] : [y, m + 1];
  }
  return out;
}

function countOnly(category: string, first: string, last: string): { count: number | null } {
  return { count: expected(category, first, last).count };
}

/** The independent count over a window, and its months without a file. */
function expected(
  category: string,
  first: string,
  last: string,
): { count: number | null; missingMonths: string[] } {
  const inWindow = months(first, last);
  const missingMonths = inWindow.filter((m) => !counts.has(m));
  return {
    count:
      missingMonths.length === inWindow.length
        ? null
        : inWindow.reduce((sum, m) => sum + (counts.get(m)?.get(category) ?? 0), 0),
    missingMonths,
  };
}

async function trends(...args: string[]): Promise<TrendsJson> {
  return JSON.parse(await runCli(['trends', folder as string, ...args, '--json'])) as TrendsJson;
}

beforeAll(async () => {
  if (!folder) return;
  counts = independentCounts(folder);
  june = await trends('--month', '2025-06');
}, 300_000);

describe('trends command on the real Derbyshire police.uk files', () => {
  it('lists the missing months as missing, not zero', (test) => {
    sharedData(test, 'policeuk', 'derbyshire');
    expect(june.missingRuns).toEqual([
      { from: '2019-03', to: '2023-12' },
      { from: '2024-05', to: '2024-12' },
    ]);
  });

  it.for(CATEGORIES)(
    '%s: every window count for June 2025 equals an independent count',
    (category, test) => {
      sharedData(test, 'policeuk', 'derbyshire');
      const found = june.categories.find((c) => c.category === category);
      expect(found).toBeDefined();
      for (const [kind, comparison] of Object.entries(found?.comparisons ?? {})) {
        for (const period of [comparison.current, comparison.previous]) {
          const truth = expected(category, period.first, period.last);
          expect({ kind, ...period }).toEqual({ kind, ...period, ...truth });
        }
      }
      const { monthOnMonth, sameMonthLastYear, yearToDate, rolling12Months } = found!.comparisons;
      // Rolling year to June 2025 against the year before: only January–April have data in both.
      expect(rolling12Months.likeForLike).toEqual({
        current: {
          first: '2025-01',
          last: '2025-04',
          ...countOnly(category, '2025-01', '2025-04'),
        },
        previous: {
          first: '2024-01',
          last: '2024-04',
          ...countOnly(category, '2024-01', '2024-04'),
        },
        rateRatio: expect.objectContaining({ confidenceLevel: 0.95 }) as unknown,
        months: ['01', '02', '03', '04'],
      });
      expect([monthOnMonth.current.first, monthOnMonth.previous.first]).toEqual([
        '2025-06',
        '2025-05',
      ]);
      expect(sameMonthLastYear.previous.first).toBe('2024-06');
      expect([yearToDate.current.first, yearToDate.previous.first]).toEqual(['2025-04', '2024-04']);
      expect([rolling12Months.current.first, rolling12Months.previous.first]).toEqual([
        '2024-07',
        '2023-07',
      ]);
    },
  );

  it('flags windows touching the gaps as incomplete, lists the months, and never calls them significant', (test) => {
    sharedData(test, 'policeuk', 'derbyshire');
    for (const { comparisons } of june.categories) {
      expect(comparisons.monthOnMonth.incomplete).toBe(false);
      expect(comparisons.sameMonthLastYear.missingMonths).toEqual(['2024-06']);
      expect(comparisons.yearToDate.missingMonths).toEqual(['2024-05', '2024-06']);
      expect(comparisons.rolling12Months.missingMonths).toEqual([
        ...months('2023-07', '2023-12'),
        '2024-05',
        '2024-06',
        ...months('2024-07', '2024-12'),
      ]);
      for (const kind of ['sameMonthLastYear', 'yearToDate', 'rolling12Months'] as const) {
        expect(comparisons[kind]).toMatchObject({
          incomplete: true,
          significant: false,
          verdict: 'notComparable',
        });
        expect(comparisons[kind].sentence).toContain('is not comparable');
      }
    }
  });

  it('April 2025 against April 2024 is like for like, with an exact interval around the ratio', async (test) => {
    sharedData(test, 'policeuk', 'derbyshire');
    const april = await trends('--month', '2025-04');
    for (const { category, comparisons } of april.categories) {
      const c = comparisons.sameMonthLastYear;
      expect(c.current.count).toBe(counts.get('2025-04')?.get(category));
      expect(c.previous.count).toBe(counts.get('2024-04')?.get(category));
      expect(c.incomplete).toBe(false);
      expect(c.rateRatio.estimate).toBeCloseTo(c.current.count! / c.previous.count!, 12);
      expect(c.rateRatio.lower!).toBeLessThan(c.rateRatio.estimate!);
      expect(c.rateRatio.upper!).toBeGreaterThan(c.rateRatio.estimate!);
      expect(c.significant).toBe(c.rateRatio.lower! > 1 || c.rateRatio.upper! < 1);
    }
  });

  it('--year-start 01 makes the year to date a calendar year', async (test) => {
    sharedData(test, 'policeuk', 'derbyshire');
    const calendar = await trends('--month', '2025-06', '--year-start', '01');
    for (const { category, comparisons } of calendar.categories) {
      const ytd = comparisons.yearToDate;
      expect([ytd.current.first, ytd.previous.first, ytd.previous.last]).toEqual([
        '2025-01',
        '2024-01',
        '2024-06',
      ]);
      expect(ytd.current.count).toBe(expected(category, '2025-01', '2025-06').count);
      expect(ytd.previous.count).toBe(expected(category, '2024-01', '2024-04').count);
      expect(ytd.missingMonths).toEqual(['2024-05', '2024-06']);
    }
  });
});
