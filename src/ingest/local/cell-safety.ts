/**
 * Cells that a spreadsheet would run as a formula when a CSV is opened (`=`, `+`, `-`, `@`, and a
 * leading tab or carriage return). Local extracts keep them as plain text and never evaluate them;
 * every CSV the app or the command-line tools write goes through `csvCell`, which escapes them.
 */
const FORMULA_START = /^[=+\-@\t\r]/;
const DECIMAL_NUMBER = /^[+-]?\d+(\.\d+)?([eE][+-]?\d+)?$/;

/**
 * True when a spreadsheet could treat the text as a formula. Text that is exactly a decimal
 * number (`-1.5`, a longitude) is not: a spreadsheet reads it as that number and runs nothing.
 */
export function isFormulaLike(text: string): boolean {
  return FORMULA_START.test(text) && !DECIMAL_NUMBER.test(text);
}

/** Prefixes formula-looking text with an apostrophe so a spreadsheet shows it as text. */
export function escapeSpreadsheetText(text: string): string {
  return isFormulaLike(text) ? `'${text}` : text;
}

/**
 * One CSV field: formula-looking text gets a leading apostrophe, then the field is quoted when it
 * holds a comma, quote or line break (RFC 4180). Numbers are written as numbers; null and
 * non-finite numbers as an empty field.
 */
export function csvCell(value: string | number | null): string {
  if (value === null) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const text = escapeSpreadsheetText(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** Rows of fields as CSV text, every field through `csvCell`, each line ended by CRLF. */
export function csvText(rows: readonly (readonly (string | number | null)[])[]): string {
  return rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
