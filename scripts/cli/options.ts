/** Parsed command-line options shared by every command. */
export interface CliOptions {
  command: string;
  inputs: string[];
  json: boolean;
  flags: Record<string, string>;
}

const BOOLEAN_FLAGS = new Set(['json']);

/**
 * Parses `command <inputs…> [--flag value] [--json]`. Flags with values include
 * `--mapping <mappings.json>` (summary: saved column and code mappings for local extracts, see
 * src/ingest/local/README.md).
 */
export function parseCliArgs(argv: readonly string[]): CliOptions {
  const [command = 'help', ...rest] = argv;
  const inputs: string[] = [];
  const flags: Record<string, string> = {};
  let json = false;
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i] as string;
    if (!arg.startsWith('--')) {
      inputs.push(arg);
      continue;
    }
    const [name, inline] = arg.slice(2).split('=', 2) as [string, string | undefined];
    if (BOOLEAN_FLAGS.has(name)) {
      json = true;
      continue;
    }
    const value = inline ?? rest[++i];
    if (value === undefined) throw new Error(`--${name} needs a value`);
    flags[name] = value;
  }
  return { command, inputs, json, flags };
}
