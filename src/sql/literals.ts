/** SQL string literal with quotes doubled. */
export function sqlString(value: string): string {
  return `'${value.replaceAll("'", "''")}'`;
}

/** SQL identifier, quoted. */
export function sqlIdentifier(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

/** A comma-separated list of string literals. */
export function sqlStringList(values: readonly string[]): string {
  return values.map(sqlString).join(', ');
}
