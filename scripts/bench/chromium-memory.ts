import { readdirSync, readFileSync } from 'node:fs';

/** Resident memory of every Chromium process on the machine, in MB (Linux /proc). */
export function chromiumRssMb(): number {
  let kb = 0;
  for (const pid of readdirSync('/proc')) {
    if (!/^\d+$/.test(pid)) continue;
    try {
      const status = readFileSync(`/proc/${pid}/status`, 'utf8');
      if (!/^Name:\s*(chromium|chrome)/m.test(status)) continue;
      kb += Number(/^VmRSS:\s*(\d+)/m.exec(status)?.[1] ?? 0);
    } catch {
      // the process ended while we looked
    }
  }
  return kb / 1024;
}

/** Samples a measure every `everyMs` until stopped, keeping the peak. */
export function samplePeak(measure: () => number, everyMs = 100): () => number {
  let peak = measure();
  const timer = setInterval(() => {
    peak = Math.max(peak, measure());
  }, everyMs);
  return () => {
    clearInterval(timer);
    return Math.max(peak, measure());
  };
}
