import type { CorpusCase, ExpectedOutcome } from '../../../scripts/fuzz-corpus/manifest';

/** The parts of `summary --json` the corpus checks. */
export interface SummaryJson {
  files: {
    file: string;
    error: string | null;
    linesRead: number;
    rowsRead: number;
    rowsUnaccounted: number;
    rowsLoaded: number;
    rowsUnlocated: number;
    rowsRejected: number;
    rowsReplaced: number;
  }[];
  skipped: { fileName: string; reason: string }[];
  rejected: { file: string; line: number; reason: string }[];
  totals: { incidents: number };
  countingSources: { count: number; alsoRecorded: { count: number }[] }[];
}

/**
 * Every way the run differs from the cases' expectations, as sentences (empty when it matches):
 * each outcome found exactly once, counts exact, every line accounted for, every refusal named
 * in the JSON and on stderr, and nothing in the report that no case expected.
 */
export function corpusMismatches(
  cases: readonly CorpusCase[],
  json: SummaryJson,
  stderr: string,
): string[] {
  const problems: string[] = [];
  const files = [...json.files];
  const skipped = [...json.skipped];
  const take = <T>(list: T[], match: (item: T) => boolean): T | undefined => {
    const at = list.findIndex(match);
    return at < 0 ? undefined : list.splice(at, 1)[0];
  };
  const check = (c: CorpusCase, o: ExpectedOutcome): void => {
    const at = `${c.id} (${c.description}) ${o.name}`;
    if (o.outcome === 'skipped' || (o.outcome === 'refused' && o.where === 'skipped')) {
      const s = take(skipped, (x) => x.fileName === o.name && x.reason.includes(o.reason));
      if (!s) problems.push(`${at}: expected in skipped with "${o.reason}"`);
      if (o.outcome === 'refused' && !stderrNames(stderr, o.name, o.reason))
        problems.push(`${at}: refusal "${o.reason}" not on stderr`);
      return;
    }
    const f = take(files, (x) => x.file === o.name);
    if (!f) return void problems.push(`${at}: no file report`);
    if (o.outcome === 'refused') {
      if (!f.error?.includes(o.reason))
        problems.push(
          `${at}: expected refused with "${o.reason}", got error ${JSON.stringify(f.error)}`,
        );
      if (f.rowsLoaded !== 0) problems.push(`${at}: refused but ${f.rowsLoaded} rows loaded`);
      if (!stderrNames(stderr, o.name, o.reason))
        problems.push(`${at}: refusal "${o.reason}" not on stderr`);
      return;
    }
    const got = {
      error: f.error,
      linesRead: f.linesRead,
      rowsLoaded: f.rowsLoaded,
      rowsUnlocated: f.rowsUnlocated,
      rowsRejected: f.rowsRejected,
      rowsReplaced: f.rowsReplaced,
      rowsUnaccounted: f.rowsUnaccounted,
      rowsRead: f.rowsRead,
    };
    const want = {
      error: null,
      linesRead: o.linesRead,
      rowsLoaded: o.rowsLoaded,
      rowsUnlocated: o.rowsUnlocated,
      rowsRejected: o.rejected.length,
      rowsReplaced: o.rowsReplaced,
      rowsUnaccounted: 0,
      rowsRead: o.rowsLoaded + o.rejected.length,
    };
    if (JSON.stringify(got) !== JSON.stringify(want))
      problems.push(`${at}: got ${JSON.stringify(got)}, want ${JSON.stringify(want)}`);
    const rejected = json.rejected.filter((r) => r.file === o.name);
    const lines = (list: { line: number }[]) => list.map((r) => r.line).join(',');
    if (lines(rejected) !== lines(o.rejected))
      problems.push(`${at}: rejected lines ${lines(rejected)}, want ${lines(o.rejected)}`);
    else
      o.rejected.forEach((r, i) => {
        const reason = rejected[i]?.reason ?? '';
        if (!reason.includes(r.reason))
          problems.push(`${at}: line ${r.line} rejected for "${reason}", want "${r.reason}"`);
      });
    if (o.rejected.length > 0 && !stderr.includes(`${o.name}: ${o.rejected.length} row`))
      problems.push(`${at}: rejected rows not on stderr`);
  };
  for (const c of cases) for (const o of c.outcomes) check(c, o);
  for (const f of files) problems.push(`unexpected file report ${f.file}: ${JSON.stringify(f)}`);
  for (const s of skipped) problems.push(`unexpected skipped ${s.fileName}: ${s.reason}`);
  // Every row is kept; totals count each category from one source, so the batch's rows are the
  // counted ones plus what the other sources also recorded.
  const incidents = cases.reduce((n, c) => n + c.incidents, 0);
  const held = json.countingSources.reduce(
    (n, s) => n + s.count + s.alsoRecorded.reduce((m, a) => m + a.count, 0),
    0,
  );
  if (held !== incidents) problems.push(`batch holds ${held} incidents, want ${incidents}`);
  if (json.totals.incidents > held)
    problems.push(`totals count ${json.totals.incidents} incidents of ${held} held`);
  return problems;
}

function stderrNames(stderr: string, name: string, reason: string): boolean {
  return stderr.split('\n').some((line) => line.includes(name) && line.includes(reason));
}
