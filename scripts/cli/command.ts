import type { DuckConnector } from '../../src/db/connector';
import type { CliOptions, FlagSpec } from './options';

/** A file a command writes, by name inside `--out DIR`. */
export interface OutputFile {
  name: string;
  /** Text (written as UTF-8) or bytes, e.g. a .docx. */
  content: string | Uint8Array;
}

/**
 * What a command produced: text for stdout, files to write into `--out DIR`, and data problems
 * (a refused or unreadable input, nothing loaded) that make the exit code 1.
 */
export interface CommandResult {
  stdout: string;
  files?: OutputFile[];
  problems?: string[];
}

interface CommandBase {
  name: string;
  /** The positional arguments, as shown in the usage line ('' for none). */
  inputs: string;
  summary: string;
  flags: readonly FlagSpec[];
}

/** A command over loaded data: it takes inputs and runs on a database. */
export interface DataCommand extends CommandBase {
  run(db: DuckConnector, options: CliOptions): Promise<CommandResult>;
}

/** A command that reads only the tasking state (`--state FILE`): no inputs, no database. */
export interface StateCommand extends CommandBase {
  runOnState(options: CliOptions): Promise<CommandResult>;
}

/** One command of `npm run cli -- …`, with the flags it accepts. */
export type CliCommand = DataCommand | StateCommand;

/** Exit codes of the command line. */
export const EXIT = { ok: 0, dataProblem: 1, usage: 2 } as const;

/** A wrong invocation: unknown flag, missing or invalid value, no inputs. Exit code 2. */
export class UsageError extends Error {}

/** An input that cannot be used: unreadable, refused, or nothing loaded. Exit code 1. */
export class DataProblem extends Error {}
