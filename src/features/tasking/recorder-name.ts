const KEY = 'csp-tasking-recorder';

/** The name last used to record a tasking change in this browser (a convenience, not identity). */
export function savedRecorderName(): string {
  try {
    return localStorage.getItem(KEY) ?? '';
  } catch {
    return '';
  }
}

export function saveRecorderName(name: string): void {
  try {
    localStorage.setItem(KEY, name.trim());
  } catch {
    // Storage refused: the name is asked again next time.
  }
}
