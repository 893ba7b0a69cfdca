import type { CliCommand } from './command';
import { ENGINE_FLAG, flagHelp } from './options';

const EXIT_CODES =
  'Exit codes: 0 ok, 1 data problem (unreadable or refused input, nothing loaded), 2 usage.';

/** `npm run cli -- --help`: the commands. */
export function commandsHelp(commands: readonly CliCommand[]): string {
  const width = Math.max(...commands.map((c) => c.name.length));
  return [
    'Usage: npm run cli -- <command> <inputs…> [flags]',
    '',
    'Commands:',
    ...commands.map((c) => `  ${c.name.padEnd(width)}   ${c.summary}`),
    '',
    'npm run cli -- <command> --help lists the flags of a command.',
    EXIT_CODES,
  ].join('\n');
}

/** `npm run cli -- <command> --help`: its usage and flags. */
export function commandHelp(command: CliCommand): string {
  return [
    `Usage: npm run cli -- ${command.name} ${command.inputs} [flags]`,
    '',
    `${command.summary.charAt(0).toUpperCase()}${command.summary.slice(1)}.`,
    '',
    'Flags:',
    ...flagHelp([...command.flags, ENGINE_FLAG]),
    '',
    EXIT_CODES,
  ].join('\n');
}
