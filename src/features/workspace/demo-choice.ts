const DECLINED_KEY = 'csp-demo-declined';

/** True once the user has loaded real data or cleared the workspace: the demo does not come back. */
export function demoDeclined(): boolean {
  try {
    return localStorage.getItem(DECLINED_KEY) === 'yes';
  } catch {
    return false;
  }
}

export function setDemoDeclined(declined: boolean): void {
  try {
    if (declined) localStorage.setItem(DECLINED_KEY, 'yes');
    else localStorage.removeItem(DECLINED_KEY);
  } catch {
    // Storage refused: the choice lasts for this page only.
  }
}
