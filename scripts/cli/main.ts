import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { initialiseDatabase } from '../../src/db/init';
import type { DuckEngine } from '../../src/db/engine';
import { openEngine } from '../../src/db/engine';
import type { CliCommand, CommandResult } from './command';
import { EXIT, UsageError } from './command';
import { COMMANDS } from './commands';
import { commandHelp, commandsHelp } from './help';
import type { CliOptions } from './options';
import { ENGINE_FLAG, parseCommandArgs } from './options';

/** Where the command line writes; the process streams, or a capture in tests. */
export interface CliOutput {
  stdout(text: string): Promise<void>;
  stderr(text: string): Promise<void>;
}

/** Runs `npm run cli -- <argv…>` and returns its exit code (0 ok, 1 data problem, 2 usage). */
export async function runCommandLine(
  argv: readonly string[],
  out: CliOutput,
  commands: readonly CliCommand[] = COMMANDS,
): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === 'help' || name === '--help') {
    await (name === undefined ? out.stderr : out.stdout)(`${commandsHelp(commands)}\n`);
    return name === undefined ? EXIT.usage : EXIT.ok;
  }
  const command = commands.find((c) => c.name === name);
  try {
    if (!command) {
      const names = commands.map((c) => c.name).join(', ');
      throw new UsageError(`unknown command ${name}; commands: ${names}`);
    }
    const options = parseCommandArgs(command.name, [...command.flags, ENGINE_FLAG], rest);
    if (options === 'help') {
      await out.stdout(`${commandHelp(command)}\n`);
      return EXIT.ok;
    }
    if (options.inputs.length === 0)
      throw new UsageError(`${command.name}: give at least one ${command.inputs}`);
    const result = await runWithDatabase(command, options, out);
    const written = writeFiles(result, options.flags.out);
    const stdout = [...written, result.stdout].filter(Boolean).join('\n');
    if (stdout) await out.stdout(`${stdout}\n`);
    const problems = result.problems ?? [];
    for (const problem of problems) await out.stderr(`${command.name}: ${problem}\n`);
    return problems.length > 0 ? EXIT.dataProblem : EXIT.ok;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const prefix = command && !(error instanceof UsageError) ? `${command.name}: ` : '';
    await out.stderr(`${prefix}${message}\n`);
    if (!(error instanceof UsageError)) return EXIT.dataProblem;
    await out.stderr(`See npm run cli -- ${command ? `${command.name} ` : ''}--help\n`);
    return EXIT.usage;
  }
}

async function runWithDatabase(
  command: CliCommand,
  options: CliOptions,
  out: CliOutput,
): Promise<CommandResult> {
  const opened = await openEngine((options.flags.engine as DuckEngine | undefined) ?? null);
  if (opened.note) await out.stderr(`${command.name}: ${opened.note}\n`);
  const db = await initialiseDatabase(opened.db);
  try {
    return await command.run(db, options);
  } finally {
    await db.close();
  }
}

/** Writes the command's files into `dir` (created if missing; default the working folder). */
function writeFiles(result: CommandResult, dir = '.'): string[] {
  if (!result.files?.length) return [];
  mkdirSync(dir, { recursive: true });
  return result.files.map((file) => {
    const path = join(dir, file.name);
    writeFileSync(path, file.content);
    return path;
  });
}
