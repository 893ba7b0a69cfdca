import { openAppSession, waitForTotal } from '../tests/e2e/app-session';

async function main() {
  const session = await openAppSession();
  const { page } = session;
  await page.goto(session.baseUrl);
  await page.waitForSelector('[data-testid=demo-badge]', { timeout: 120_000 });
  await waitForTotal(page, 50108);
  await page.getByLabel(/Anti-social behaviour/).check();
  await page.getByRole('tab', { name: 'Hotspots', exact: true }).click();
  await page.getByTestId('cell-size').selectOption('250');
  await page.getByTestId('method-patterns').click();
  await page.getByTestId('result-params').getByText(/36 months/).first().waitFor({ timeout: 120_000 });
  await page.waitForFunction(() => !document.querySelector('[data-testid=hotspots-busy]'), null, { timeout: 120_000 });
  await page.waitForTimeout(2000);
  const cdp = await session.context.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await page.evaluate(`(() => { const s = { longest: 0, last: performance.now(), running: true, gaps: [] }; window.__frames = s; const tick = () => { const now = performance.now(); const g = now - s.last; if (g > 50) s.gaps.push([Math.round(s.last), Math.round(g)]); s.longest = Math.max(s.longest, g); s.last = now; if (s.running) requestAnimationFrame(tick); }; requestAnimationFrame(tick); })()`);
  await cdp.send('Profiler.start');
  const t0 = await page.evaluate('performance.now()');
  await page.getByLabel(/Anti-social behaviour/).uncheck();
  await page.getByTestId('hotspots-busy').waitFor({ timeout: 30_000 }).catch(() => undefined);
  await page.waitForFunction(() => !document.querySelector('[data-testid=hotspots-busy]'), null, { timeout: 120_000 });
  await page.waitForTimeout(1500);
  const { profile } = (await cdp.send('Profiler.stop')) as { profile: { nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number }; children?: number[] }[]; samples: number[]; timeDeltas: number[] } };
  const frames = await page.evaluate(`(() => { window.__frames.running = false; return window.__frames; })()`);
  console.log('t0', t0, 'frames', JSON.stringify(frames));
  const self = new Map<number, number>();
  profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
  const byFn = new Map<string, number>();
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const nodeById = new Map(profile.nodes.map((n) => [n.id, n]));
  const incl = new Map<string, number>();
  for (const n of profile.nodes) {
    const t = (self.get(n.id) ?? 0) / 1000;
    const k = `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}:${n.callFrame.columnNumber}`;
    byFn.set(k, (byFn.get(k) ?? 0) + t);
    // inclusive
    const seen = new Set<string>();
    let cur: number | undefined = n.id;
    while (cur !== undefined) {
      const cn = nodeById.get(cur)!;
      const ck = `${cn.callFrame.functionName || '(anon)'} ${cn.callFrame.url.split('/').pop()}:${cn.callFrame.lineNumber}:${cn.callFrame.columnNumber}`;
      if (!seen.has(ck)) { incl.set(ck, (incl.get(ck) ?? 0) + t); seen.add(ck); }
      cur = parent.get(cur);
    }
  }
  console.log('SELF');
  for (const [k, v] of [...byFn].sort((a, b) => b[1] - a[1]).slice(0, 30)) console.log(v.toFixed(0).padStart(6), k);
  console.log('INCLUSIVE');
  for (const [k, v] of [...incl].sort((a, b) => b[1] - a[1]).slice(0, 60)) console.log(v.toFixed(0).padStart(6), k);
  await session.close();
}
main().catch((e) => { console.error(e); process.exit(1); });
