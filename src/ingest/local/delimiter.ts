import { CsvRecordReader } from './csv-records';

/** The delimiters local extracts use: comma, semicolon (European Excel), tab, pipe. */
export type Delimiter = ',' | ';' | '\t' | '|';

const CANDIDATES: readonly Delimiter[] = [',', ';', '\t', '|'];

/**
 * Picks the delimiter from the first lines of a file: the candidate that splits the header into
 * the most columns while splitting the following records into the same number (quotes honoured).
 * Falls back to comma when nothing splits the header.
 */
export function sniffDelimiter(sampleText: string): Delimiter {
  const lastBreak = Math.max(sampleText.lastIndexOf('\n'), sampleText.lastIndexOf('\r'));
  const complete = lastBreak > 0 ? sampleText.slice(0, lastBreak + 1) : sampleText;
  let best: Delimiter = ',';
  let bestScore = 0;
  for (const delimiter of CANDIDATES) {
    const reader = new CsvRecordReader(delimiter);
    const records = [...reader.push(complete), ...reader.finish()].slice(0, 50);
    const width = records[0]?.fields.length ?? 0;
    if (width < 2) continue;
    const rest = records.slice(1);
    const consistent = rest.filter((r) => r.fields.length === width).length;
    const share = rest.length === 0 ? 1 : consistent / rest.length;
    const score = width * share;
    if (share >= 0.5 && score > bestScore) {
      best = delimiter;
      bestScore = score;
    }
  }
  return best;
}
