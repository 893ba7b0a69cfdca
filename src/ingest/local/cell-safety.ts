/**
 * Cells that a spreadsheet would run as a formula when a CSV is opened (`=`, `+`, `-`, `@`, and a
 * leading tab or carriage return). Local extracts keep them as plain text and never evaluate them;
 * anything we write back out for a spreadsheet escapes them.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/** True when a spreadsheet could treat the text as a formula (numbers like `-1.5` are not). */
export function isFormulaLike(text: string): boolean {
  if (!FORMULA_START.test(text)) return false;
  return !/^[+-]?\d+(\.\d+)?([eE][+-]?\d+)?$/.test(text.trim());
}

/** Prefixes formula-looking text with an apostrophe so a spreadsheet shows it as text. */
export function escapeSpreadsheetText(text: string): string {
  return isFormulaLike(text) ? `'${text}` : text;
}

/** One CSV field: formula-looking text escaped, then quoted when it needs quoting. */
export function csvCell(value: string | number | null): string {
  if (value === null) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const text = escapeSpreadsheetText(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}
