import { writeFileSync, mkdirSync } from 'node:fs';
import { runCommandLine } from '/work/wt-fuzz/scripts/cli/main';
import { zipOf } from '/work/wt-fuzz/tests/support/zip-bytes';
const H = 'Crime ID,Month,Reported by,Falls within,Longitude,Latitude,Location,LSOA code,LSOA name,Crime type,Last outcome category,Context';
const row = (m='2025-01', f='Probe Force', t='Burglary', loc='On or near X') => ['', m, f, f, '-1.4', '53.2', loc, 'E01', 'N', t, '', ''].join(',');
const d = '/tmp/fz/p'; mkdirSync(d, { recursive: true });
const files: Record<string, string | Uint8Array> = {
  'cr-only.csv': [H, row(), row(), row()].join('\r'),
  'unterminated.csv': [H, row(), row('2025-01','Probe Force','Burglary','"On or near'), row()].join('\n'),
  'hdrbreak.csv': H.replace('Location', '"Loc\nation"') + '\n' + row() + '\n',
  'noeol.csv': [H, row(), row()].join('\n'),
  'blank-mid.csv': [H, row(), '', row(), '', ''].join('\n'),
  'shortrow.csv': [H, row(), '1,2,3', row()].join('\n') + '\n',
  'longrow.csv': [H, row(), row()+',extra', row()].join('\n') + '\n',
  'quotedbreak-first.csv': [H, row('2025-01','Probe Force','Burglary','"On or\nnear"'), row()].join('\n') + '\n',
  'header-only.csv': H + '\n',
  'empty.csv': '',
  'huge.csv': [H, row('2025-01','Probe Force','Burglary','"' + 'x'.repeat(3_000_000) + '"'), row()].join('\n') + '\n',
};
const args: string[] = [];
for (const [n, c] of Object.entries(files)) { writeFileSync(`${d}/${n}`, c); }
const enc = (s: string) => new TextEncoder().encode(s);
writeFileSync(`${d}/dup.zip`, zipOf([['a.csv', enc(H+'\n'+row('2025-02')+'\n')], ['a.csv', enc(H+'\n'+row('2025-03')+'\n')]]));
writeFileSync(`${d}/nested.zip`, zipOf([['inner.zip', zipOf([['b.csv', enc(H+'\n'+row('2025-04')+'\n')]])]]));
const good = zipOf([['c.csv', enc(H+'\n'+row('2025-05')+'\n'+row('2025-05')+'\n')]]);
writeFileSync(`${d}/trunc.zip`, good.subarray(0, Math.floor(good.length*0.6)));
writeFileSync(`${d}/trunc2.zip`, good.subarray(0, good.length - 10));
for (const n of process.argv.slice(2)) {
  let so = '', se = '';
  const code = await runCommandLine(['summary', `${d}/${n}`, '--json'], { stdout: async (t) => { so += t; }, stderr: async (t) => { se += t; } });
  let j: any = {}; try { j = JSON.parse(so); } catch { j = { raw: so.slice(0, 300) }; }
  console.log('=== ', n, 'exit', code, 'stderr:', se.slice(0, 400));
  console.log(JSON.stringify({ files: j.files, skipped: j.skipped, rejected: j.rejected?.map((r: any) => ({...r, reason: r.reason.slice(0,120)})), total: j.totals }, null, 0));
}
