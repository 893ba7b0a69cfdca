import { afterEach, describe, expect, it, vi } from 'vitest';
import type { RunningTest } from '../../support/shared-data';
import { sharedData, sharedDataPath } from '../../support/shared-data';

const missing = ['no-such-folder', 'nothing.csv'];

/** A test context whose skip is recorded rather than thrown. */
function recordingTest(): RunningTest & { reasons: (string | undefined)[] } {
  const reasons: (string | undefined)[] = [];
  const skip = ((noteOrCondition?: string | boolean, note?: string) => {
    reasons.push(typeof noteOrCondition === 'string' ? noteOrCondition : note);
  }) as RunningTest['skip'];
  return { skip, reasons };
}

afterEach(() => {
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
});

describe('real data missing from ../shared/data', () => {
  it('skips the test outside CI, naming the path, instead of passing silently', () => {
    vi.stubEnv('CI', '');
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const test = recordingTest();
    sharedData(test, ...missing);
    expect(test.reasons).toEqual([
      `${sharedDataPath(...missing)} is missing: this check did not run`,
    ]);
    expect(warn).toHaveBeenCalledWith(test.reasons[0]);
  });

  it('fails the test under CI=true, naming the path', () => {
    vi.stubEnv('CI', 'true');
    const test = recordingTest();
    expect(() => sharedData(test, ...missing)).toThrow(sharedDataPath(...missing));
    expect(test.reasons).toEqual([]);
  });
});
