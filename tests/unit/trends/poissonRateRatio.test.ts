import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import {
  excludesNoChange,
  exactPoissonRateRatio,
} from '../../../src/analytics/trends/poissonRateRatio';

/**
 * From R 4: t <- poisson.test(c(current, previous), c(1, 1));
 * sprintf("%.15g", c(t$estimate, t$conf.int))
 */
const R_POISSON_TEST: [
  current: number,
  previous: number,
  estimate: number,
  lower: number,
  upper: number,
][] = [
  [0, 5, 0, 0, 1.09127910518255],
  [5, 0, Infinity, 0.91635585731546, Infinity],
  [12, 20, 0.6, 0.267427631235122, 1.28873565168025],
  [1234, 1318, 0.936267071320182, 0.865623922456105, 1.01262380588086],
  [1318, 1234, 1.06807131280389, 0.987533567937526, 1.15523609509615],
  [3, 3, 1, 0.13393758817773, 7.46616400672407],
  [1, 1000, 0.001, 2.52928353271871e-5, 0.00558439587843144],
  [250, 180, 1.38888888888889, 1.14214001214724, 1.69168805248245],
];

function expectRelativelyClose(actual: number, expected: number): void {
  if (!Number.isFinite(expected) || expected === 0) expect(actual).toBe(expected);
  else expect(Math.abs(actual - expected) / expected).toBeLessThan(1e-6);
}

describe('exact Poisson rate ratio (conditional binomial, Clopper–Pearson)', () => {
  it.each(R_POISSON_TEST)('%s vs %s matches R poisson.test', (a, b, estimate, lower, upper) => {
    const interval = exactPoissonRateRatio(a, b);
    expectRelativelyClose(interval.estimate, estimate);
    expectRelativelyClose(interval.lower, lower);
    expectRelativelyClose(interval.upper, upper);
  });

  it('0 vs 0 says nothing: no estimate and an interval from 0 to infinity, as R gives', () => {
    const interval = exactPoissonRateRatio(0, 0);
    expect(interval.estimate).toBeNaN();
    expect([interval.lower, interval.upper]).toEqual([0, Infinity]);
    expect(excludesNoChange(interval)).toBe(false);
  });

  it('calls 250 vs 180 a real rise and 1,318 vs 1,234 normal variation', () => {
    expect(excludesNoChange(exactPoissonRateRatio(250, 180))).toBe(true);
    expect(excludesNoChange(exactPoissonRateRatio(1318, 1234))).toBe(false);
  });

  it('scales by exposure: 30 incidents in 6 months vs 30 in 12 is a doubling', () => {
    const interval = exactPoissonRateRatio(30, 30, { currentExposure: 6, previousExposure: 12 });
    expect(interval.estimate).toBeCloseTo(2, 12);
    const equal = exactPoissonRateRatio(30, 30);
    expect(interval.lower).toBeCloseTo(equal.lower * 2, 12);
  });

  const hasR = spawnSync('Rscript', ['--version']).status === 0;
  it('agrees with a live run of R poisson.test on further cases', () => {
    if (!hasR) {
      const message = 'Rscript not found: the live comparison with poisson.test did not run.';
      if (process.env.CI === 'true')
        throw new Error(`${message} CI installs R; this is a failure.`);
      console.warn(message);
      return;
    }
    const cases: [number, number][] = [
      [7, 19],
      [40, 22],
      [0, 31],
      [17, 0],
      [999, 1001],
    ];
    const script = cases
      .map(
        ([a, b]) =>
          `t<-poisson.test(c(${a},${b}),c(1,1));cat(sprintf("%.15g %.15g\\n",t$conf.int[1],t$conf.int[2]))`,
      )
      .join(';');
    const run = spawnSync('Rscript', ['-e', script], { encoding: 'utf8' });
    const lines = run.stdout.trim().split('\n');
    cases.forEach(([a, b], i) => {
      const [lower, upper] = (lines[i] ?? '')
        .split(' ')
        .map((v) => (v === 'Inf' ? Infinity : Number(v))) as [number, number];
      const interval = exactPoissonRateRatio(a, b);
      expectRelativelyClose(interval.lower, lower);
      expectRelativelyClose(interval.upper, upper);
    });
  });
});
