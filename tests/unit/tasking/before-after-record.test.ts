import { describe, expect, it } from 'vitest';
import { monthRange } from '../../../src/analytics/months';
import { exactPoissonRateRatio } from '../../../src/analytics/trends/poissonRateRatio';
import {
  beforeAfterPeriods,
  buildTargetBeforeAfter,
} from '../../../src/tasking/before-after-record';

const counts = (entries: Record<string, number>) => new Map(Object.entries(entries));
const expectClose = (actual: number | undefined, expected: number) =>
  expect(Math.abs((actual ?? NaN) - expected) / expected).toBeLessThan(1e-9);

describe('before and after periods over months with data', () => {
  it('after runs from the tasked month to the meeting month; before is as many months with data just before', () => {
    const covered = monthRange('2024-06', '2025-06').filter((m) => m !== '2025-02');
    expect(beforeAfterPeriods('2025-04', '2025-06', covered)).toEqual({
      after: ['2025-04', '2025-05', '2025-06'],
      // February has no data: it is skipped, and December fills the third month.
      before: ['2024-12', '2025-01', '2025-03'],
      missing: ['2025-02'],
      dataEnds: '2025-06',
    });
  });

  it('does not call months after the latest data missing, and stops the before period where the data start', () => {
    const covered = monthRange('2025-01', '2025-08');
    expect(beforeAfterPeriods('2025-03', '2025-10', covered)).toEqual({
      after: monthRange('2025-03', '2025-08'),
      before: ['2025-01', '2025-02'],
      missing: [],
      dataEnds: '2025-08',
    });
  });

  it('never reaches across a long gap for a baseline: at most twice the after period back', () => {
    // Gaps like the shared Derbyshire extract's: 2019-01/02, 2024-01…04, then 2025.
    const covered = [
      '2019-01',
      '2019-02',
      ...monthRange('2024-01', '2024-04'),
      ...monthRange('2025-01', '2025-06'),
    ];
    expect(beforeAfterPeriods('2025-01', '2025-06', covered)).toEqual({
      after: monthRange('2025-01', '2025-06'),
      before: monthRange('2024-01', '2024-04'),
      missing: monthRange('2024-05', '2024-12'),
      dataEnds: '2025-06',
    });
  });
});

describe('a target before/after record', () => {
  it('a target never tasked has no record, and says so', () => {
    const record = buildTargetBeforeAfter({
      targetId: 'T-004',
      taskedMonth: null,
      meetingMonth: '2025-06',
      coveredMonths: monthRange('2024-01', '2025-06'),
      counts: { target: counts({ '2025-05': 4 }), buffer: new Map(), control: new Map() },
      bufferMetres: 200,
    });
    expect(record).toMatchObject({ beforeMonths: [], afterMonths: [], wdq: null, monthly: [] });
    expect(record.target).toEqual({ before: 0, after: 0, rateRatio: null });
    expect(record.caveats).toEqual([
      'T-004 has not been tasked, so it has no before/after record yet.',
    ]);
  });

  it('compares rates per month when the before period is shorter, as R poisson.test does', () => {
    // Data from January; tasked in April; meeting in September: 6 months after, only 3 before.
    const covered = monthRange('2025-01', '2025-09');
    const record = buildTargetBeforeAfter({
      targetId: 'T-001',
      taskedMonth: '2025-04',
      meetingMonth: '2025-09',
      coveredMonths: covered,
      counts: {
        target: counts({
          '2025-01': 5,
          '2025-02': 4,
          '2025-03': 3,
          '2025-04': 5,
          '2025-05': 5,
          '2025-06': 5,
          '2025-07': 5,
          '2025-08': 5,
          '2025-09': 5,
        }),
        buffer: counts({ '2025-02': 1, '2025-05': 1 }),
        control: counts(Object.fromEntries(covered.map((m) => [m, 100]))),
      },
      bufferMetres: 200,
    });
    expect(record.target).toMatchObject({ before: 12, after: 30 });
    // R: t <- poisson.test(c(30, 12), c(6, 3)); sprintf("%.15g", c(t$estimate, t$conf.int))
    // "1.25" "0.621481567531076" "2.68083424175388"
    expectClose(record.target.rateRatio?.estimate, 1.25);
    expectClose(record.target.rateRatio?.lower, 0.621481567531076);
    expectClose(record.target.rateRatio?.upper, 2.68083424175388);
    expect(record.caveats).toEqual([
      'Only 3 months with data before tasking against 6 months after: rates per month are compared.',
      'Seasonality not controlled: 6 months is less than a year, so compare like months (June with June) before reading a change as an effect.',
      'WDQ not meaningful: the target did not improve relative to the control area, so there is no gain to weigh displacement against.',
    ]);
  });

  it('names missing months, counts a covered month without incidents as zero, and shows null where there is no data', () => {
    const covered = monthRange('2024-12', '2025-06').filter((m) => m !== '2025-03');
    const record = buildTargetBeforeAfter({
      targetId: 'T-002',
      taskedMonth: '2025-04',
      meetingMonth: '2025-07',
      coveredMonths: covered,
      counts: {
        target: counts({ '2024-12': 5, '2025-01': 4, '2025-02': 3, '2025-04': 2, '2025-06': 1 }),
        buffer: counts({
          '2024-12': 2,
          '2025-01': 2,
          '2025-02': 2,
          '2025-04': 2,
          '2025-05': 3,
          '2025-06': 3,
        }),
        control: counts({
          '2024-12': 20,
          '2025-01': 20,
          '2025-02': 20,
          '2025-04': 20,
          '2025-05': 20,
          '2025-06': 20,
        }),
      },
      bufferMetres: 100,
    });
    expect(record.beforeMonths).toEqual(['2024-12', '2025-01', '2025-02']);
    expect(record.afterMonths).toEqual(['2025-04', '2025-05', '2025-06']);
    expect(record.missingMonths).toEqual(['2025-03']);
    expect(record.monthly).toEqual([
      { month: '2024-12', count: 5 },
      { month: '2025-01', count: 4 },
      { month: '2025-02', count: 3 },
      { month: '2025-03', count: null },
      { month: '2025-04', count: 2 },
      { month: '2025-05', count: 0 },
      { month: '2025-06', count: 1 },
    ]);
    expect(record.target).toMatchObject({ before: 12, after: 3 });
    expect(record.buffer).toMatchObject({ before: 6, after: 8, widthMetres: 100 });
    expect(record.control).toMatchObject({ before: 60, after: 60 });
    // (8/60 − 6/60) / (3/60 − 12/60) = (2/60) / (−9/60) = −2/9.
    expect(record.wdq).toBeCloseTo(-2 / 9, 12);
    expect(record.caveats).toEqual([
      'Short period: 3 months with data since tasking in April 2025; a change this soon may be chance.',
      'Seasonality not controlled: 3 months is less than a year, so compare like months (June with June) before reading a change as an effect.',
      'No data for March 2025: left out of both periods, not counted as zero.',
      'The data run to June 2025; later months are not available yet.',
    ]);
  });

  it('explains a WDQ left out for want of control incidents, and a target tasked after the latest data', () => {
    const covered = monthRange('2025-01', '2025-12');
    const base = {
      targetId: 'T-003',
      meetingMonth: '2025-12',
      coveredMonths: covered,
      counts: {
        target: counts({ '2025-01': 9, '2025-12': 1 }),
        buffer: new Map(),
        control: counts({ '2025-01': 5 }),
      },
      bufferMetres: 200,
    };
    const noControl = buildTargetBeforeAfter({ ...base, taskedMonth: '2025-07' });
    expect(noControl.wdq).toBeNull();
    expect(noControl.caveats).toContain(
      'WDQ not meaningful: the control area has no incidents in one of the periods.',
    );
    const future = buildTargetBeforeAfter({
      ...base,
      meetingMonth: '2026-02',
      taskedMonth: '2026-02',
    });
    expect(future.target.rateRatio).toBeNull();
    expect(future.caveats).toEqual([
      'No month with data since T-003 was tasked in February 2026: nothing to compare yet.',
    ]);
  });
});

describe('the exact Poisson rate ratio with exposures', () => {
  it("agrees with R's poisson.test(c(12, 30), c(3, 6))", () => {
    // Rscript -e 't <- poisson.test(c(12,30),c(3,6)); sprintf("%.15g", c(t$estimate, t$conf.int))'
    // "0.8" "0.373018213668358" "1.60905818007225"
    const interval = exactPoissonRateRatio(12, 30, { currentExposure: 3, previousExposure: 6 });
    expectClose(interval.estimate, 0.8);
    expectClose(interval.lower, 0.373018213668358);
    expectClose(interval.upper, 1.60905818007225);
  });
});

describe('caveats for thin evidence', () => {
  it('warns of few incidents, explains a target with none before, and joins missing months into runs', () => {
    const covered = [...monthRange('2024-01', '2024-04'), ...monthRange('2025-01', '2025-06')];
    const record = buildTargetBeforeAfter({
      targetId: 'T-009',
      taskedMonth: '2025-01',
      meetingMonth: '2025-06',
      coveredMonths: covered,
      counts: {
        target: counts({ '2025-02': 2 }),
        buffer: new Map(),
        control: counts(Object.fromEntries(covered.map((m) => [m, 50]))),
      },
      bufferMetres: 200,
    });
    expect(record.caveats).toEqual([
      'Only 4 months with data before tasking against 6 months after: rates per month are compared.',
      'Seasonality not controlled: 6 months is less than a year, so compare like months (June with June) before reading a change as an effect.',
      'No data for May 2024 to December 2024: left out of both periods, not counted as zero.',
      "Few incidents: 2 in the target over both periods, so the rate ratio's interval is wide and the WDQ unstable.",
      'WDQ not meaningful: the target had no incidents before tasking, so there is no gain to weigh displacement against.',
    ]);
  });
});
