import { describe, expect, it } from 'vitest';
import { UsageError } from '../../../scripts/cli/command';
import type { FlagSpec } from '../../../scripts/cli/options';
import { isMonth, JSON_FLAG, parseCommandArgs } from '../../../scripts/cli/options';

const FLAGS: FlagSpec[] = [
  { name: 'month', value: 'YYYY-MM', description: 'reporting month', accepts: isMonth },
  { name: 'verbose', description: 'say more' },
  JSON_FLAG,
];

const parse = (...argv: string[]) => parseCommandArgs('trends', FLAGS, argv);

describe('parseCommandArgs', () => {
  it('takes inputs, flags with values (spaced or =) and boolean flags in any order', () => {
    expect(parse('a.csv', '--month', '2024-06', 'folder', '--json')).toEqual({
      inputs: ['a.csv', 'folder'],
      json: true,
      switches: new Set(['json']),
      flags: { month: '2024-06' },
    });
    expect(parse('--month=2024-06', 'a.csv')).toMatchObject({ flags: { month: '2024-06' } });
  });

  it('does not take a boolean flag other than --json for --json', () => {
    expect(parse('a.csv', '--verbose')).toMatchObject({
      json: false,
      switches: new Set(['verbose']),
    });
  });

  it('refuses an unknown flag, naming the valid ones', () => {
    expect(() => parse('a.csv', '--jsonl')).toThrow(UsageError);
    expect(() => parse('a.csv', '--jsonl')).toThrow(
      'trends: unknown flag --jsonl; valid flags: --month, --verbose, --json, --help',
    );
  });

  it('refuses a missing or refused value, and a value given to a boolean flag', () => {
    expect(() => parse('a.csv', '--month')).toThrow('--month needs a value (YYYY-MM)');
    expect(() => parse('--month', '--json')).toThrow('--month needs a value');
    expect(() => parse('--month', '2024-13')).toThrow('--month must be YYYY-MM, not 2024-13');
    expect(() => parse('--json=false')).toThrow('--json takes no value');
  });

  it('answers help for --help anywhere', () => {
    expect(parse('a.csv', '--month', '2024-06', '--help')).toBe('help');
  });
});
