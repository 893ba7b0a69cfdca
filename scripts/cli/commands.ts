import type { DuckConnector } from '../../src/db/connector';
import type { CliOptions } from './options';
import { hotspotsCommand } from './hotspots';
import { localMappingCommand } from './local-mapping';
import { patternsCommand } from './patterns';
import { summaryCommand } from './summary';
import { trendsCommand } from './trends';

export type Command = (db: DuckConnector, options: CliOptions) => Promise<string>;

/** Every command of `npm run cli -- …`. Add a command here. */
export const COMMANDS: Record<string, { run: Command; usage: string }> = {
  summary: {
    run: summaryCommand,
    usage:
      'summary <files, folders or zips…> [--mapping FILE] [--json]   load report and counts by month × category',
  },
  'local-mapping': {
    run: localMappingCommand,
    usage:
      'local-mapping <local extracts…> > mappings.json   propose column and code mappings for --mapping',
  },
  trends: {
    run: trendsCommand,
    usage:
      'trends <inputs…> [--month YYYY-MM] [--year-start 04] [--areas district|lsoa] [--json]   comparisons, exact Poisson intervals, exceedance',
  },
  hotspots: {
    run: hotspotsCommand,
    usage:
      'hotspots <inputs…> [--cell METRES] [--categories a,b] [--from YYYY-MM] [--to YYYY-MM] [--boundary FILE] [--json]   grid counts and Gi* per cell',
  },
  patterns: {
    run: patternsCommand,
    usage:
      'patterns <inputs…> [options of hotspots] [--json]   space-time (emerging hot spot) class per cell',
  },
};
