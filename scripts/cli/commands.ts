import type { DuckConnector } from '../../src/db/connector';
import type { CliOptions } from './options';
import { summaryCommand } from './summary';

export type Command = (db: DuckConnector, options: CliOptions) => Promise<string>;

/** Every command of `npm run cli -- …`. Add a command here. */
export const COMMANDS: Record<string, { run: Command; usage: string }> = {
  summary: {
    run: summaryCommand,
    usage:
      'summary <files, folders or zips…> [--mapping FILE] [--json]   load report and counts by month × category',
  },
};
