import { UsageError } from './command';

/** A flag a command accepts: `--name VALUE` when it takes a value, `--name` alone when boolean. */
export interface FlagSpec {
  name: string;
  /** The value's placeholder in the help (`YYYY-MM`); absent for a boolean flag. */
  value?: string;
  description: string;
  /** Whether a value is acceptable; a refused value is a usage error. */
  accepts?: (value: string) => boolean;
}

/** A command's parsed arguments. */
export interface CliOptions {
  inputs: string[];
  /** `--json` given. No other boolean flag implies it. */
  json: boolean;
  /** Boolean flags given, by name. */
  switches: ReadonlySet<string>;
  /** Flags with values, by name. */
  flags: Record<string, string>;
}

export const JSON_FLAG: FlagSpec = { name: 'json', description: 'print JSON instead of text' };

export const OUT_FLAG: FlagSpec = {
  name: 'out',
  value: 'DIR',
  description: 'write the files into DIR (created if missing) and print their paths',
};

/** Accepted by every command: which DuckDB runs it. */
export const ENGINE_FLAG: FlagSpec = {
  name: 'engine',
  value: 'native|wasm',
  description:
    'the database engine: native DuckDB, multi-threaded (the default where it loads), or DuckDB-WASM as in the browser',
  accepts: (value) => value === 'native' || value === 'wasm',
};

export const HELP_FLAG: FlagSpec = { name: 'help', description: 'print this help' };

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/** `YYYY-MM`, month 01–12. */
export const isMonth = (value: string): boolean => MONTH.test(value);

/**
 * Parses `<inputs…> [--flag VALUE | --flag=VALUE] [--switch]` against a command's flags, or
 * returns 'help' for `--help`. An unknown flag, a missing or refused value, or a value given to a
 * boolean flag throws a UsageError naming the valid flags.
 */
export function parseCommandArgs(
  command: string,
  specs: readonly FlagSpec[],
  argv: readonly string[],
): CliOptions | 'help' {
  const byName = new Map(specs.map((spec) => [spec.name, spec]));
  const inputs: string[] = [];
  const switches = new Set<string>();
  const flags: Record<string, string> = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (!arg.startsWith('--')) {
      inputs.push(arg);
      continue;
    }
    const equals = arg.indexOf('=');
    const name = arg.slice(2, equals < 0 ? undefined : equals);
    const inline = equals < 0 ? undefined : arg.slice(equals + 1);
    if (name === HELP_FLAG.name) return 'help';
    const spec = byName.get(name);
    if (!spec) {
      throw new UsageError(
        `${command}: unknown flag --${name}; valid flags: ${flagNames(specs).join(', ')}`,
      );
    }
    if (spec.value === undefined) {
      if (inline !== undefined) throw new UsageError(`${command}: --${name} takes no value`);
      switches.add(name);
      continue;
    }
    const value = inline ?? argv[++i];
    if (value === undefined || (inline === undefined && value.startsWith('--')))
      throw new UsageError(`${command}: --${name} needs a value (${spec.value})`);
    if (spec.accepts && !spec.accepts(value))
      throw new UsageError(`${command}: --${name} must be ${spec.value}, not ${value}`);
    flags[name] = value;
  }
  return { inputs, json: switches.has(JSON_FLAG.name), switches, flags };
}

/** Every flag as it is typed, `--help` included. */
export function flagNames(specs: readonly FlagSpec[]): string[] {
  return [...specs, HELP_FLAG].map((s) => `--${s.name}`);
}

/** The flags as help lines: `  --name VALUE   description`. */
export function flagHelp(specs: readonly FlagSpec[]): string[] {
  const all = [...specs, HELP_FLAG];
  const usages = all.map((s) => `--${s.name}${s.value ? ` ${s.value}` : ''}`);
  const width = Math.max(...usages.map((u) => u.length));
  return all.map((s, i) => `  ${(usages[i] as string).padEnd(width)}   ${s.description}`);
}
