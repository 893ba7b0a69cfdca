import { writeFileSync, mkdirSync } from 'node:fs';
import { runCommandLine } from '/work/wt-fuzz/scripts/cli/main';
const H = 'Crime ID,Month,Reported by,Falls within,Longitude,Latitude,Location,LSOA code,LSOA name,Crime type,Last outcome category,Context';
const row = (m='2025-01', f='Probe Force', t='Burglary', loc='On or near X') => ['', m, f, f, '-1.4', '53.2', loc, 'E01', 'N', t, '', ''].join(',');
const LH = 'Incident Ref,Date,Type,Easting,Northing,Address';
const lrow = (ref: string, date='2024-03-15', type='ASB1', e='430000', n='370000', addr='1 High St') => [ref, date, type, e, n, addr].join(',');
const d = '/tmp/fz/q'; mkdirSync(d, { recursive: true });
const latin1 = (s: string) => Uint8Array.from([...s].map((c) => c === '£' ? 0xa3 : c.charCodeAt(0)));
const files: Record<string, string | Uint8Array> = {
  'w1252.csv': latin1([H, row(), row('2025-01','Probe Force','Burglary','On or near £5 shop'), row()].join('\n') + '\n'),
  'l-cr.csv': [LH, lrow('A1'), lrow('A2'), lrow('A3')].join('\r'),
  'l-unterm.csv': [LH, lrow('B1'), lrow('B2', '2024-03-15', 'ASB1', '430000', '370000', '"1 High'), lrow('B3')].join('\n') + '\n',
  'l-unterm2.csv': ['Incident Ref,Address,Date,Type', 'C1,"1 High,2024-03-15,ASB1', 'C2,x,2024-03-15,ASB1'].join('\n') + '\n',
  'l-hdrbreak.csv': '"Incident\nRef",Date,Type,Easting,Northing,Address\n' + lrow('D1') + '\n',
  'l-1899.csv': [LH, lrow('E1', '1899-12-01'), lrow('E2', '2099-01-15'), lrow('E3', '2024-13-01'), lrow('E4','2024-03-15','XX'), lrow('E5','2024-03-15',''), lrow('E5'), lrow('E6','2024-03-15','ASB1','0','0'), lrow('E7','2024-03-15','ASB1','abc','def'), lrow('E8') + ',extra'].join('\n') + '\n',
};
writeFileSync(`${d}/map.json`, JSON.stringify({ kind: 'csp-local-mappings', version: 1, columnMappings: [
 { name: 'fz', source: 'Fuzz council', header: LH.split(','), columns: { reference: 'Incident Ref', date: 'Date', category: 'Type', easting: 'Easting', northing: 'Northing', location: 'Address' }, dateFormat: 'iso' },
 { name: 'fz2', source: 'Fuzz council', header: 'Incident Ref,Address,Date,Type'.split(','), columns: { reference: 'Incident Ref', date: 'Date', category: 'Type', location: 'Address' }, dateFormat: 'iso' },
], codeMappings: [{ name: 'fzc', source: 'Fuzz council', codes: { ASB1: 'asb-nuisance' } }] }));
for (const [n, c] of Object.entries(files)) writeFileSync(`${d}/${n}`, c);
const t0 = Date.now();
let so = '', se = '';
const code = await runCommandLine(['summary', ...process.argv.slice(2).map((n) => `${d}/${n}`), '--mapping', `${d}/map.json`, '--json'], { stdout: async (t) => { so += t; }, stderr: async (t) => { se += t; } });
let j: any = {}; try { j = JSON.parse(so); } catch { j = { raw: so.slice(0, 300) }; }
console.log('exit', code, Date.now() - t0, 'ms stderr:', se);
for (const f of j.files ?? []) console.log(JSON.stringify({ ...f, local: f.local ? { notes: f.local.notes, enc: f.local.encoding, warnings: f.local.warnings } : undefined }));
console.log(JSON.stringify({ skipped: j.skipped, rejected: j.rejected, total: j.totals }));
