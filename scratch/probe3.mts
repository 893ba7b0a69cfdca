import { writeFileSync, mkdirSync } from 'node:fs';
import { runCommandLine } from '/work/wt-fuzz/scripts/cli/main';
const H = 'Crime ID,Month,Reported by,Falls within,Longitude,Latitude,Location,LSOA code,LSOA name,Crime type,Last outcome category,Context';
const row = (m='2025-01', f='Probe Force', t='Burglary', loc='On or near X') => ['', m, f, f, '-1.4', '53.2', loc, 'E01', 'N', t, '', 'ctx'].join(',');
const d = '/tmp/fz/r'; mkdirSync(d, { recursive: true });
const files: Record<string, string> = {
  'crlf-lf.csv': H + '\r\n' + row() + '\n' + row() + '\r\n' + row() + '\n',
  'lf-crlf.csv': H + '\n' + row() + '\r\n' + row() + '\n' + row() + '\r\n',
  'lf-cr.csv': H + '\n' + row() + '\n' + row() + '\n' + row() + '\r' + row() + '\n',
};
for (const [n, c] of Object.entries(files)) writeFileSync(`${d}/${n}`, c);
for (const n of Object.keys(files)) {
let so = '', se = '';
const code = await runCommandLine(['summary', `${d}/${n}`, '--json'], { stdout: async (t) => { so += t; }, stderr: async (t) => { se += t; } });
const j = JSON.parse(so);
console.log(n, code, JSON.stringify(j.files.map((f: any) => [f.error?.slice(0,80), f.linesRead, f.rowsRead, f.rowsLoaded, f.rowsRejected])), JSON.stringify(j.byCrimeType));
}
