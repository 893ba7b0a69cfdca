/** One CSV record with the physical line it starts on (1 = the first line of the file). */
export interface CsvRecord {
  fields: string[];
  line: number;
  /** True for a last record the text ended inside a quoted field of (its end is unknown). */
  unterminated?: true;
}

const QUOTE = 34;
const LF = 10;
const CR = 13;

const enum State {
  FieldStart,
  Unquoted,
  Quoted,
  QuoteSeen,
  AfterQuote,
}

/**
 * A streaming CSV tokenizer: feed it decoded text in pieces of any size and it returns the records
 * completed so far. Quoted fields may hold delimiters, doubled quotes and line breaks; CRLF, LF
 * and a lone CR all end a line. Blank lines are not records. Nothing is evaluated or converted.
 */
export class CsvRecordReader {
  private fields: string[] = [];
  private field = '';
  private state = State.FieldStart;
  private prevCr = false;
  private line = 1;
  private recordLine = 1;
  private atLineStart = true;
  /** Set by `finish()` when the text ended inside a quoted field (the line it started on). */
  unterminatedQuoteLine: number | null = null;

  constructor(private readonly delimiter: string) {}

  /** Parses the next piece of text; returns the records it completed. */
  push(text: string): CsvRecord[] {
    const out: CsvRecord[] = [];
    const delimiter = this.delimiter.charCodeAt(0);
    let segment = 0;
    for (let i = 0; i < text.length; i++) {
      const ch = text.charCodeAt(i);
      const afterCr = this.prevCr;
      this.prevCr = ch === CR;
      if (this.state === State.Quoted) {
        if (ch === QUOTE) {
          this.field += text.slice(segment, i);
          this.state = State.QuoteSeen;
          segment = i + 1;
        } else if (ch === CR || (ch === LF && !afterCr)) this.line++;
        continue;
      }
      if (this.state === State.QuoteSeen) {
        if (ch === QUOTE) {
          this.field += '"';
          this.state = State.Quoted;
          segment = i + 1;
          continue;
        }
        this.state = State.AfterQuote;
        segment = i;
      }
      if (ch === delimiter) {
        this.endField(text.slice(segment, i));
        segment = i + 1;
      } else if (ch === CR || ch === LF) {
        if (!(ch === LF && afterCr)) {
          this.endField(text.slice(segment, i));
          this.endRecord(out);
          this.line++;
          this.recordLine = this.line;
        }
        segment = i + 1;
      } else if (this.state === State.FieldStart) {
        if (ch === QUOTE) {
          this.state = State.Quoted;
          segment = i + 1;
        } else this.state = State.Unquoted;
      }
    }
    if (this.state !== State.QuoteSeen) this.field += text.slice(segment);
    if (text.length > 0) {
      const last = text.charCodeAt(text.length - 1);
      this.atLineStart = last === CR || last === LF;
    }
    return out;
  }

  /** Physical lines read so far (a last line without a line break counts). */
  get linesRead(): number {
    return this.atLineStart ? this.line - 1 : this.line;
  }

  /** Call once at the end of the text: returns the last record if there was no final newline. */
  finish(): CsvRecord[] {
    const out: CsvRecord[] = [];
    const unterminated = this.state === State.Quoted;
    if (unterminated) this.unterminatedQuoteLine = this.recordLine;
    if (this.fields.length > 0 || this.field !== '' || this.state !== State.FieldStart) {
      this.endField('');
      this.endRecord(out);
      const last = out[out.length - 1];
      if (unterminated && last) last.unterminated = true;
    }
    return out;
  }

  private endField(rest: string): void {
    this.fields.push(this.field + rest);
    this.field = '';
    this.state = State.FieldStart;
  }

  private endRecord(out: CsvRecord[]): void {
    const fields = this.fields;
    this.fields = [];
    if (fields.length === 1 && fields[0] === '') return;
    out.push({ fields, line: this.recordLine });
  }
}
