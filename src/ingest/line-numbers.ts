import { CsvQuoting } from './csv-quotes';
import type { InputFile } from './input-file';

/**
 * Maps CSV record numbers (1 = first data row after the header) to the physical line where the
 * record starts, honouring quoted fields that contain newlines.
 */
export async function recordStartLines(
  input: InputFile,
  records: readonly number[],
): Promise<Map<number, number>> {
  const wanted = new Set(records);
  const lines = new Map<number, number>();
  if (wanted.size === 0) return lines;
  const NEWLINE = 10;
  let line = 1;
  let record = 0; // the header is record 0
  const quoting = new CsvQuoting();
  let hasContent = true; // blank lines are not records
  const CARRIAGE_RETURN = 13;
  let pendingCr = false;
  for await (const chunk of input.chunks()) {
    for (let i = 0; i < chunk.length; i++) {
      const byte = chunk[i];
      // A lone CR (inside quotes: the loader makes those outside LF) ends a physical line.
      if (pendingCr && byte !== NEWLINE) line++;
      pendingCr = byte === CARRIAGE_RETURN;
      quoting.step(byte as number);
      if (byte === NEWLINE) {
        line++;
        if (!quoting.inQuotes && hasContent) {
          hasContent = false;
          record++;
          if (wanted.has(record)) {
            lines.set(record, line);
            if (lines.size === wanted.size) return lines;
          }
        }
      } else if (byte !== CARRIAGE_RETURN) hasContent = true;
    }
  }
  return lines;
}

/** The physical line of a byte offset (1-based). */
export async function lineAtByte(input: InputFile, offset: number): Promise<number> {
  let line = 1;
  let seen = 0;
  for await (const chunk of input.chunks()) {
    const end = Math.min(chunk.length, offset - seen);
    for (let i = 0; i < end; i++) if (chunk[i] === 10) line++;
    seen += chunk.length;
    if (seen >= offset) break;
  }
  return line;
}
