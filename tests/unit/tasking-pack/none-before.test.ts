import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { exactPoissonRateRatio } from '../../../src/analytics/trends/poissonRateRatio';
import { packDocx } from '../../../src/tasking/pack/pack-docx';
import { packHtml } from '../../../src/tasking/pack/pack-html';
import { buildPack } from '../../../src/tasking/pack/pack-model';
import { targetsCsv } from '../../../src/tasking/pack/targets-csv';
import { targetsGeoJson } from '../../../src/tasking/pack/targets-geojson';
import { rateRatioJson, rateRatioText } from '../../../src/tasking/rate-ratio';
import { beforeAfter, candidate, packInputs } from './pack-fixture';

// 24 incidents in 3 months against none in 9: R's poisson.test(c(24, 0), c(3, 9)) gives the
// lower bound 18.06 (the candidate of real Derbyshire data, "Nottingham", December 2025).
const NINE_MONTHS = [
  '2024-07',
  '2024-08',
  '2024-09',
  '2025-01',
  '2025-02',
  '2025-03',
  '2025-04',
  '2025-05',
  '2025-06',
];
const noneBefore = exactPoissonRateRatio(24, 0, { currentExposure: 3, previousExposure: 9 });

/** A pack with a candidate and a tasked target that had no incidents before. */
function packWithNoneBefore() {
  const inputs = packInputs();
  const zero = {
    before: 0,
    after: 6,
    rateRatio: exactPoissonRateRatio(6, 0, { currentExposure: 4, previousExposure: 4 }),
  };
  return buildPack({
    ...inputs,
    candidates: [
      ...inputs.candidates,
      candidate('location:nottingham', {
        rank: 3,
        name: 'Nottingham',
        baseline: { months: NINE_MONTHS, count: 0, harmWeighted: 0 },
        change: { ratio: noneBefore.estimate, lower: noneBefore.lower, upper: noneBefore.upper },
      }),
    ],
    beforeAfter: [{ ...beforeAfter('T-001'), target: zero }, beforeAfter('T-002')],
  });
}

describe('a rate ratio with none before', () => {
  it('is the lower bound in words, never infinity', () => {
    expect(noneBefore.estimate).toBe(Infinity);
    expect(noneBefore.lower).toBeCloseTo(18.0565, 3);
    expect(
      rateRatioText(
        { ...noneBefore },
        { noneBefore: 'none in the 9 months before', format: (v) => v.toFixed(1) },
      ),
    ).toBe('none in the 9 months before; at least 18.1 times the rate (95% confidence)');
    expect(rateRatioText({ estimate: 1.42, lower: 1.1, upper: 1.83 })).toBe(
      '1.42 (95% CI 1.10–1.83)',
    );
    expect(rateRatioText({ estimate: NaN, lower: 0, upper: Infinity })).toBe('–');
  });

  it('is null in JSON (JSON has no Infinity), with the lower bound kept', () => {
    const json = rateRatioJson({ ratio: Infinity, lower: 18.3, upper: Infinity });
    expect(json).toEqual({ ratio: null, lower: 18.3, upper: null });
    expect(JSON.parse(JSON.stringify(json))).toEqual(json);
  });
});

describe('the pack with none before', () => {
  const pack = packWithNoneBefore();

  it('says it in words in the HTML and the .docx, never ∞ or Infinity', async () => {
    const html = packHtml(pack);
    const docx = strFromU8(unzipSync(await packDocx(pack))['word/document.xml']!).replace(
      /<[^>]+>/g,
      ' ',
    );
    for (const text of [html, docx]) {
      expect(text).not.toMatch(/∞|Infinity/);
      expect(text).toContain(
        'against none in 9 baseline months; at least 18.06 times the rate (95% confidence)',
      );
      expect(text).toMatch(/0 before → 6 after; at least \d+\.\d\d times the rate/);
    }
  });

  it('leaves the CSV figures empty and says why, and writes null in the GeoJSON', () => {
    const [header, ...rows] = targetsCsv(pack.targets).split('\r\n');
    const columns = header!.split(',');
    const t001 = rows.find((r) => r.startsWith('T-001,'))!;
    const cell = (name: string) => t001.split(',')[columns.indexOf(name)];
    expect(cell('rate_ratio')).toBe('');
    expect(cell('rate_ratio_upper')).toBe('');
    expect(Number(cell('rate_ratio_lower'))).toBeGreaterThan(0);
    expect(t001).toMatch(/none before; at least \d+\.\d\d times the rate \(95% confidence\)/);
    const text = JSON.stringify(targetsGeoJson(pack.targets));
    const feature = JSON.parse(text).features.find(
      (f: { id: string }) => f.id === 'T-001',
    ).properties;
    expect(feature.beforeAfter.target.rateRatio).toMatchObject({ estimate: null, upper: null });
    expect(feature.beforeAfter.target.rateRatio.lower).toBeGreaterThan(0);
  });
});
