import { CsvQuoting } from './csv-quotes';
import type { InputFile } from './input-file';
import { rewrittenInput } from './utf8-input';

const LF = 10;
const CR = 13;

/**
 * The input with every record-ending line break made LF: CRLF and a lone CR outside quotes become
 * LF (breaks inside quoted fields are left as written). DuckDB's reader takes one kind of line
 * break per file and refuses the whole file when they are mixed; physical lines stay the same.
 */
export function withLineEndsNormalised(input: InputFile): InputFile {
  async function* chunks(): AsyncGenerator<Uint8Array> {
    const quoting = new CsvQuoting();
    let pendingCr = false;
    for await (const chunk of input.chunks()) {
      const out = new Uint8Array(chunk.length + 1);
      let n = 0;
      for (let i = 0; i < chunk.length; i++) {
        const byte = chunk[i] as number;
        if (pendingCr) {
          pendingCr = false;
          out[n++] = LF;
          if (byte === LF) {
            quoting.step(byte);
            continue;
          }
        }
        if (byte === CR && !quoting.inQuotes) pendingCr = true;
        else out[n++] = byte;
        quoting.step(byte);
      }
      if (n > 0) yield out.subarray(0, n);
    }
    if (pendingCr) yield Uint8Array.of(LF);
  }
  return rewrittenInput(input, chunks);
}
