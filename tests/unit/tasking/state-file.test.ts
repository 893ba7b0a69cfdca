import { describe, expect, it } from 'vitest';
import {
  emptyTaskingState,
  parseTaskingState,
  serializeTaskingState,
} from '../../../src/tasking/state-file';
import {
  DEFAULT_TASKING_SETTINGS,
  TASKING_STATE_VERSION,
} from '../../../src/tasking/tasking-state';
import type { TaskingState } from '../../../src/tasking/tasking-state';
import { migrations } from '../../../src/tasking/state-migrations';
import { at, richState } from './fixtures';

/** A file as parsed JSON, to damage field by field. */
type ParsedJson = ReturnType<typeof JSON.parse>;

const SAVED = at('2025-09-10T16:30:00.000Z');

/** The state as a file, edited as plain JSON. */
function fileWith(edit: (file: Record<string, unknown>) => void, state = richState()): string {
  const file = JSON.parse(serializeTaskingState(state, SAVED)) as Record<string, unknown>;
  edit(file);
  return JSON.stringify(file);
}

function refusal(text: string): string {
  const result = parseTaskingState(text);
  expect(result.ok).toBe(false);
  expect('state' in result).toBe(false);
  return result.ok ? '' : result.message;
}

describe('tasking state file round trip', () => {
  it('reads back exactly the state it was written from', () => {
    const state = richState();
    expect(state.targets.map((t) => t.status)).toEqual([
      'active',
      'escalated',
      'closed',
      'declined',
      'nominated',
    ]);
    const text = serializeTaskingState(state, new Date(state.savedAt));
    const result = parseTaskingState(text);
    expect(result).toEqual({ ok: true, state, migratedFrom: null });
  });

  it('writes the same text for the same state, sets savedAt and leaves the state alone', () => {
    const state = richState();
    const before = structuredClone(state);
    const text = serializeTaskingState(state, SAVED);
    expect(serializeTaskingState(structuredClone(state), SAVED)).toBe(text);
    expect(state).toEqual(before);
    expect(JSON.parse(text)).toMatchObject({
      format: 'csp-tasking-state',
      version: TASKING_STATE_VERSION,
      savedAt: '2025-09-10T16:30:00.000Z',
    });
    // Pretty, one position to a line.
    expect(text).toContain('\n  "targets": [');
    expect(text).toContain('[438000.25, 371000.5]');
  });

  it('an empty state has default settings and numbers targets from 1', () => {
    const empty = emptyTaskingState(SAVED);
    expect(empty).toMatchObject({ targets: [], nextTargetNumber: 1, meetingMonth: null });
    expect(empty.settings).toEqual(DEFAULT_TASKING_SETTINGS);
    expect(empty.settings.harmWeights).not.toBe(DEFAULT_TASKING_SETTINGS.harmWeights);
    expect(parseTaskingState(serializeTaskingState(empty, SAVED))).toEqual({
      ok: true,
      state: empty,
      migratedFrom: null,
    });
  });

  it('fills settings the file leaves out from the defaults', () => {
    const text = fileWith((file) => {
      file.settings = { bufferMetres: 300 };
    });
    const result = parseTaskingState(text);
    expect(result.ok && result.state.settings).toEqual({
      ...DEFAULT_TASKING_SETTINGS,
      bufferMetres: 300,
    });
  });
});

describe('a file that cannot be read is refused with a message and no state', () => {
  it('bad JSON', () => {
    expect(refusal('{"format": "csp-tasking-state", ')).toMatch(
      /^This is not a tasking state file: it is not valid JSON/,
    );
  });

  it('another kind of JSON file', () => {
    expect(refusal('{"type": "FeatureCollection", "features": []}')).toBe(
      'This is not a tasking state file: its "format" is missing, not "csp-tasking-state".',
    );
    expect(refusal('[1, 2]')).toBe('This is not a tasking state file: it holds no JSON object.');
  });

  it('a newer version, saying which version the file is and which this build reads', () => {
    const text = fileWith((file) => {
      file.version = TASKING_STATE_VERSION + 1;
    });
    expect(refusal(text)).toBe(
      `This file is tasking state version ${TASKING_STATE_VERSION + 1}, made by a newer build; this build reads version ${TASKING_STATE_VERSION} and older. Open it with the newer build.`,
    );
  });

  it('an older version this build has no migration for', () => {
    const text = fileWith((file) => {
      file.version = 0;
    });
    expect(refusal(text)).toBe(
      `This file is tasking state version 0; this build reads version ${TASKING_STATE_VERSION} and cannot convert version 0.`,
    );
  });

  it.each<[string, (file: ParsedJson) => void, string]>([
    [
      'a target geometry that is not closed',
      (f) => f.targets[2].geometry[0][0].pop(),
      'targets[2].geometry[0][0]: the ring is not closed (its last position must equal its first)',
    ],
    [
      'a position in degrees, not metres',
      (f) => (f.targets[1].geometry[0][0][0] = [-1.42, 53.23]),
      'targets[1].geometry[0][0][0]: -1.42, 53.23 is not in British National Grid metres (Great Britain)',
    ],
    [
      'a position that is text',
      (f) => (f.targets[0].geometry[1][0][2] = ['438600', 371100]),
      'targets[0].geometry[1][0][2][0]: expected a number, found the text "438600"',
    ],
    [
      'an empty geometry',
      (f) => (f.targets[3].geometry = []),
      'targets[3].geometry: has no polygon',
    ],
    [
      'a bad month',
      (f) => (f.targets[0].taskedMonth = '2025-13'),
      'targets[0].taskedMonth: expected a month as YYYY-MM, found the text "2025-13"',
    ],
    [
      'a missing name',
      (f) => delete f.targets[4].name,
      'targets[4].name: expected text, found nothing',
    ],
    [
      'an unknown status',
      (f) => (f.targets[1].status = 'parked'),
      'targets[1].status: expected one of nominated, active, escalated, closed, declined, found the text "parked"',
    ],
    [
      'a history event without a date',
      (f) => (f.targets[0].history[1].at = 'yesterday'),
      'targets[0].history[1].at: expected a date and time (ISO 8601), found the text "yesterday"',
    ],
    [
      'a closed target without its closure',
      (f) => (f.targets[2].closure = null),
      'targets[2].closure: a closed target needs its closure (reason and monitoring)',
    ],
    [
      'a duplicated id',
      (f) => (f.targets[3].id = 'T-001'),
      'targets[3].id: T-001 is also the id of targets[0]',
    ],
    [
      'a next number that would reuse an id',
      (f) => (f.nextTargetNumber = 5),
      'nextTargetNumber: 5 would give a new target an id already used (highest is 5)',
    ],
    [
      'a negative harm weight',
      (f) => (f.settings.harmWeights.asb = -1),
      'settings.harmWeights.asb: must be at least 0, found -1',
    ],
    [
      'a fractional monitoring period',
      (f) => (f.settings.monitoringMonths = 2.5),
      'settings.monitoringMonths: expected a whole number, found 2.5',
    ],
    [
      'targets that are not a list',
      (f) => (f.targets = {}),
      'targets: expected a list, found an object',
    ],
  ])('%s', (_, edit, where) => {
    expect(refusal(fileWith(edit))).toBe(`The tasking state file is damaged: ${where}.`);
  });
});

describe('migrations of older files', () => {
  /**
   * A synthetic version 0, defined for this test: it had no `nextTargetNumber` and wrote only
   * the settings the analyst changed, under `options`.
   */
  const v0ToV1 = (old: unknown) => {
    const file = old as Record<string, unknown> & { targets: { id: string }[]; options?: object };
    const numbers = file.targets.map((t) => Number(t.id.slice(2)));
    const { options, ...rest } = file;
    return { ...rest, settings: options ?? {}, nextTargetNumber: Math.max(0, ...numbers) + 1 };
  };

  it('walks a version 0 file up to the current version and says it did', () => {
    const current = richState();
    const v0 = fileWith((file) => {
      file.version = 0;
      delete file.nextTargetNumber;
      delete file.settings;
      file.options = { bufferMetres: 250, matchOverlap: 0.3 };
    }, current);
    const result = parseTaskingState(v0, { migrations: { ...migrations, 0: v0ToV1 } });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.migratedFrom).toBe(0);
    expect(result.state.version).toBe(TASKING_STATE_VERSION);
    expect(result.state.nextTargetNumber).toBe(6);
    expect(result.state.settings).toEqual({
      ...DEFAULT_TASKING_SETTINGS,
      bufferMetres: 250,
      matchOverlap: 0.3,
    });
    const expected: TaskingState = {
      ...current,
      savedAt: SAVED.toISOString(),
      settings: result.state.settings,
    };
    expect(result.state).toEqual(expected);
  });

  it('refuses a file whose migration fails, naming the step', () => {
    const v0 = fileWith((file) => {
      file.version = 0;
    });
    const broken = () => {
      throw new Error('targets missing');
    };
    expect(parseTaskingState(v0, { migrations: { 0: broken } })).toEqual({
      ok: false,
      message: 'Converting the file from version 0 to 1 failed: targets missing',
    });
  });
});

describe('version 1 files (before the meeting record)', () => {
  it('open with an empty action log, no meetings and the default partner directory', () => {
    const v1 = fileWith((file) => {
      file.version = 1;
      for (const key of [
        'actions',
        'nextActionNumber',
        'partners',
        'meetings',
        'escalations',
        'nextEscalationNumber',
      ])
        delete file[key];
    });
    const result = parseTaskingState(v1);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.migratedFrom).toBe(1);
    expect(result.state.actions).toEqual([]);
    expect(result.state.meetings).toEqual([]);
    expect(result.state.nextActionNumber).toBe(1);
    expect(result.state.partners.map((p) => p.agency)).toContain('Fire and rescue');
  });
});
