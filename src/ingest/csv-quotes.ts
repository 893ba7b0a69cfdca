const QUOTE = 34;
const COMMA = 44;
const LF = 10;
const CR = 13;

const enum Field {
  Start,
  Unquoted,
  Quoted,
  QuoteSeen,
}

/**
 * Follows a comma-separated file's quoting byte by byte, as DuckDB's reader does: a quote opens a
 * quoted field only at the start of a field, `""` inside one is a quote, and a quote in the middle
 * of an unquoted field is just a character. Line breaks inside a quoted field do not end the record;
 * outside one, LF, CRLF and a lone CR each start a new field.
 */
export class CsvQuoting {
  private field = Field.Start;

  /** True while inside a quoted field (a line break here is part of the field). */
  get inQuotes(): boolean {
    return this.field === Field.Quoted;
  }

  step(byte: number): void {
    if (this.field === Field.Quoted) {
      if (byte === QUOTE) this.field = Field.QuoteSeen;
      return;
    }
    if (this.field === Field.QuoteSeen) {
      if (byte === QUOTE) {
        this.field = Field.Quoted;
        return;
      }
      this.field = Field.Unquoted;
    }
    if (byte === COMMA || byte === LF || byte === CR) this.field = Field.Start;
    else if (this.field === Field.Start && byte === QUOTE) this.field = Field.Quoted;
    else this.field = Field.Unquoted;
  }
}
