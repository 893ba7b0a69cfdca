import { describe, expect, it } from 'vitest';
import {
  predictiveAccuracyIndex,
  predictiveEfficiencyIndex,
  recaptureRateIndex,
} from '../../../src/analytics/hotspots/predictiveAccuracy';

// Ten equal cells; the hotspot selection is the first two.
const selected = Uint8Array.of(1, 1, 0, 0, 0, 0, 0, 0, 0, 0);

describe('hotspot accuracy measures', () => {
  it('PAI: half the incidents in a fifth of the area gives 2.5', () => {
    const counts = Float64Array.of(30, 20, 10, 10, 10, 5, 5, 5, 5, 0);
    expect(predictiveAccuracyIndex(counts, selected, 10)).toBeCloseTo(2.5, 12);
  });

  it('PAI is 1 when the selection captures incidents in proportion to its area', () => {
    expect(predictiveAccuracyIndex(new Float64Array(10).fill(4), selected, 10)).toBeCloseTo(1, 12);
  });

  it('RRI: the same cells capturing the same share next month gives 1, double the share gives 2', () => {
    const before = Float64Array.of(10, 10, 20, 20, 20, 20, 0, 0, 0, 0);
    expect(recaptureRateIndex(before, before, selected)).toBeCloseTo(1, 12);
    const after = Float64Array.of(20, 20, 10, 10, 10, 10, 10, 10, 0, 0);
    expect(recaptureRateIndex(before, after, selected)).toBeCloseTo(2, 12);
  });

  it('PEI is 1 for the best possible cells and below 1 otherwise', () => {
    const counts = Float64Array.of(30, 20, 10, 10, 10, 5, 5, 5, 5, 0);
    expect(predictiveEfficiencyIndex(counts, selected)).toBeCloseTo(1, 12);
    const worse = Uint8Array.of(1, 0, 1, 0, 0, 0, 0, 0, 0, 0);
    expect(predictiveEfficiencyIndex(counts, worse)).toBeCloseTo(40 / 50, 12);
  });
});
