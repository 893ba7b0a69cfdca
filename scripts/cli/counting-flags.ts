import type { DuckConnector } from '../../src/db/connector';
import type { CountingSources } from '../../src/reports/counting-sources-report';
import { countingSourcesReport } from '../../src/reports/counting-sources-report';
import { countingStatementText } from '../../src/reports/counting-statement';
import { CountFromError, parseCountFrom } from '../../src/sql/count-from';
import type { CountFrom } from '../../src/sql/counting-sources';
import type { IncidentFilter } from '../../src/sql/filters';
import type { CliOptions, FlagSpec } from './options';

/** `--count-from asb=council-asb-cases,…`: the one source each category is counted from. */
export const COUNT_FROM_FLAG: FlagSpec = {
  name: 'count-from',
  value: 'category=source,…',
  description:
    'the source each top-level category is counted from (default: the local extract with most ' +
    'rows of it, police.uk where none has it or for other crime)',
  accepts: (value) => {
    try {
      parseCountFrom(value);
      return true;
    } catch (error) {
      if (error instanceof CountFromError) return false;
      throw error;
    }
  },
};

/** `--mapping FILE` for commands that analyse local extracts along with police.uk files. */
/** The analyst's counting choices from `--count-from` (none: every category takes the default). */
export function countFromFlag(options: CliOptions): CountFrom {
  const text = options.flags['count-from'];
  return text === undefined ? {} : parseCountFrom(text);
}

/** The documented `countingSources` block of `--json`: one entry per category loaded. */
export function countingSourcesJson(counting: CountingSources) {
  return counting.categories.map((c) => ({
    category: c.category,
    source: c.counted.source,
    reason: c.reason,
    defaultSource: c.defaultSource,
    count: c.counted.count,
    alsoRecorded: c.alsoRecorded.map(({ source, count }) => ({ source, count })),
  }));
}

/** The counting sources for a command's filter, as JSON and as the statement line. */
export async function countingSourcesOutput(
  db: DuckConnector,
  filter: IncidentFilter,
): Promise<{ json: ReturnType<typeof countingSourcesJson>; statement: string }> {
  const counting = await countingSourcesReport(db, filter);
  return { json: countingSourcesJson(counting), statement: countingStatementText(counting) };
}
