import type { Page } from 'playwright-core';

declare global {
  interface Window {
    __policyViolations?: string[];
  }
}

export interface PolicyWatch {
  /** Every violation reported since the last `clear`, by the page or by any of its workers. */
  violations: () => Promise<string[]>;
  clear: () => Promise<void>;
}

/**
 * Records every Content-Security-Policy violation: the page's `securitypolicyviolation` events,
 * listened for before the app's first script runs, and the browser's console reports of a
 * blocked action, which is how a worker's violations surface.
 */
export async function watchPolicyViolations(page: Page): Promise<PolicyWatch> {
  let logged: string[] = [];
  const record = (text: string) => {
    if (/Content Security Policy|Refused to/i.test(text)) logged.push(text);
  };
  page.on('console', (message) => record(message.text()));
  page.on('worker', (worker) => worker.on('console', (message) => record(message.text())));
  await page.addInitScript(() => {
    const seen: string[] = [];
    window.__policyViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) => {
      seen.push(`${event.effectiveDirective} blocked ${event.blockedURI} (${event.sourceFile})`);
    });
  });
  return {
    violations: async () => [
      ...(await page.evaluate(() => window.__policyViolations ?? [])),
      ...new Set(logged),
    ],
    clear: async () => {
      logged = [];
      await page.evaluate(() => window.__policyViolations?.splice(0));
    },
  };
}

/** Directive name → its sources, from a policy's text. */
export function parsePolicy(text: string): Map<string, string[]> {
  const directives = text
    .split(';')
    .map((part) => part.trim().split(/\s+/))
    .filter((words) => words[0]);
  return new Map(directives.map(([name, ...sources]) => [name as string, sources]));
}

/**
 * Attempts, from the page's own event loop (not the test's evaluate, which DevTools lets past the
 * policy), what an injected payload would try: eval, new Function, an off-origin fetch, an inline
 * script and an inline event handler. Each answer says whether the attempt ran.
 */
export async function attemptBlockedActions(page: Page): Promise<Record<string, string>> {
  return page.evaluate(async () => {
    const later = <T>(run: () => Promise<T> | T): Promise<T> =>
      new Promise((resolve, reject) =>
        setTimeout(() => Promise.resolve().then(run).then(resolve, reject)),
      );
    const outcome = async (run: () => unknown): Promise<string> => {
      try {
        await later(run);
        return 'ran';
      } catch (error) {
        return `blocked: ${String(error).slice(0, 80)}`;
      }
    };
    const flag = window as unknown as Record<string, unknown>;
    const results: Record<string, string> = {
      eval: await outcome(() => eval('1 + 1')),
      newFunction: await outcome(() => new Function('return 1')()),
      fetchOffOrigin: await outcome(() => fetch('https://example.org/steal')),
    };
    const script = document.createElement('script');
    script.textContent = 'window.__inlineScriptRan = true';
    document.head.append(script);
    const image = document.createElement('img');
    image.setAttribute('onerror', 'window.__inlineHandlerRan = true');
    image.src = 'data:,not-an-image';
    document.body.append(image);
    await new Promise((resolve) => setTimeout(resolve, 300));
    script.remove();
    image.remove();
    results.inlineScript = flag.__inlineScriptRan ? 'ran' : 'blocked';
    results.inlineHandler = flag.__inlineHandlerRan ? 'ran' : 'blocked';
    return results;
  });
}
