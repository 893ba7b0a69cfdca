import type { CodeMapping, CodeTarget } from '../../ingest/local/code-mapping';
import { normaliseCode } from '../../ingest/local/code-mapping';
import { proposeCodeMapping } from '../../ingest/local/propose-codes';

/** One line of the code step: a code found in the file, its count, and where it goes (null = unmapped). */
export interface CodeRow {
  code: string;
  count: number;
  target: CodeTarget | null;
  reason: string;
}

/**
 * The code step's starting point: a code already in the saved code mapping keeps its category;
 * any other code gets the proposal (or stays unmapped when no rule recognises it).
 */
export function initialCodeRows(
  codeCounts: readonly { code: string; count: number }[],
  saved: CodeMapping | null,
): CodeRow[] {
  const savedTargets = new Map(
    Object.entries(saved?.codes ?? {}).map(([code, target]) => [normaliseCode(code), target]),
  );
  return proposeCodeMapping('', '', codeCounts).proposals.map((p) => {
    const kept = savedTargets.get(normaliseCode(p.code));
    return kept
      ? { code: p.code, count: p.count, target: kept, reason: 'as in the saved code mapping' }
      : { code: p.code, count: p.count, target: p.target, reason: p.reason };
  });
}

/**
 * The code mapping to save: the codes mapped on the form, plus the saved mapping's codes that this
 * file does not contain (another month's file may), so editing never forgets codes.
 */
export function codeMappingFromRows(
  name: string,
  source: string,
  rows: readonly CodeRow[],
  saved: CodeMapping | null,
): CodeMapping {
  const inFile = new Set(rows.map((r) => normaliseCode(r.code)));
  const codes: Record<string, CodeTarget> = {};
  for (const [code, target] of Object.entries(saved?.codes ?? {}))
    if (!inFile.has(normaliseCode(code))) codes[code] = target;
  for (const row of rows) if (row.target) codes[row.code] = row.target;
  return { name, source, codes };
}

/** Rows that will be held back because their code is still unmapped. */
export function unmappedTotals(rows: readonly CodeRow[]): { codes: number; rows: number } {
  const unmapped = rows.filter((r) => r.target === null);
  return { codes: unmapped.length, rows: unmapped.reduce((n, r) => n + r.count, 0) };
}
