import { describe, expect, it } from 'vitest';
import { backtestWeightOf } from '../../../src/reports/backtest-report';
import { DEFAULT_TASKING_SETTINGS } from '../../../src/tasking/tasking-state';

const parents: Record<string, string> = { 'asb-personal': 'asb', 'asb-noise': 'asb' };
const parentOf = (id: string) => parents[id] ?? null;

describe('harm weights of the default ranking', () => {
  it('personal ASB weighs 3, a local ASB code its parent’s 2', () => {
    expect(backtestWeightOf(DEFAULT_TASKING_SETTINGS, 'asb-personal', parentOf)).toBe(3);
    expect(backtestWeightOf(DEFAULT_TASKING_SETTINGS, 'asb-noise', parentOf)).toBe(2);
  });

  it('a category the settings weigh 0 (other crime) still counts 1 when the analyst chose it', () => {
    expect(DEFAULT_TASKING_SETTINGS.otherWeight).toBe(0);
    expect(backtestWeightOf(DEFAULT_TASKING_SETTINGS, 'other-crime', parentOf)).toBe(1);
  });
});
