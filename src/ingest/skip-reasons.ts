/**
 * Why a file (or zip entry) is not loaded, from its name alone, or null when it should be read.
 * Names are only ever shown, never used as paths: `../x.csv`, `C:\x.csv` or `.x.csv` are read.
 */
export function skipReasonForName(name: string): string | null {
  const parts = name.split(/[\\/]/);
  const base = parts[parts.length - 1] ?? '';
  if (base === '') return 'a folder, not a file';
  if (parts.includes('__MACOSX') || base.startsWith('._') || base === '.DS_Store') {
    return 'macOS metadata';
  }
  if (/-outcomes\.csv$/i.test(base)) return 'an outcomes file, not street-level';
  if (/-stop-and-search\.csv$/i.test(base)) return 'a stop-and-search file, not street-level';
  return null;
}

/** Why a zip entry is not loaded, from its name alone, or null when it should be read. */
export function skipReasonForEntryName(name: string): string | null {
  const reason = skipReasonForName(name);
  if (reason) return reason;
  if (/\.zip$/i.test(name)) return 'a zip inside the zip: unzip it and load what it holds';
  if (!/\.csv$/i.test(name)) return 'not a CSV';
  return null;
}
