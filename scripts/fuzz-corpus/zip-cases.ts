import type { CorpusBuilder, Part, ZipEntrySpec } from './corpus-builder';
import { tableInput } from './corpus-builder';
import { localHeader, localRecords, localRow } from './local-file';
import type { PoliceRow } from './police-file';
import { policeHeader, policeRecord, policeRow, writeTable } from './police-file';
import type { Random } from './random';
import type { Encoding } from './text-file';
import { zipBytes } from './zip-writer';

const UNREADABLE = 'not a readable zip';

function rows(random: Random, force: string, month: string, n: number): PoliceRow[] {
  return Array.from({ length: n }, () =>
    policeRow(force, month, {
      Longitude: (-1.5 + random.next() * 0.2).toFixed(5),
      Latitude: (53.1 + random.next() * 0.2).toFixed(5),
      'Crime type': random.pick(['Anti-social behaviour', 'Vehicle crime', 'Drugs']),
    }),
  );
}

function street(
  random: Random,
  force: string,
  month: string,
  n: number,
  encoding: Encoding = 'utf-8',
) {
  return writeTable(
    '',
    policeHeader(),
    rows(random, force, month, n).map((r) => policeRecord(r)),
    { encoding },
  );
}

const text = (s: string) => new TextEncoder().encode(s);
const slug = (force: string) => force.toLowerCase().replaceAll(' ', '-');

/** Zips: download layouts, odd and repeated names, nesting, truncation, non-zips named .zip. */
export function zipCases(b: CorpusBuilder, random: Random): void {
  const addZip = (what: string, klass: string, id: string, entries: ZipEntrySpec[]): void => {
    const path = `zips/${id}.zip`;
    const { bytes, parts } = b.zip(`${id}.zip`, entries);
    b.add({ id, kind: 'police.uk', class: klass, description: what }, [{ path, bytes, parts }]);
  };
  {
    const { id, force } = b.next('zip-download');
    const s = slug(force);
    const months = ['2023-01', '2023-02', '2023-03'];
    addZip(
      'a police.uk download: street, outcomes and stop-and-search for three months',
      'zip layouts',
      id,
      months.flatMap(
        (m) =>
          [
            { name: `${m}/${m}-${s}-street.csv`, file: street(random, force, m, random.int(2, 5)) },
            {
              name: `${m}/${m}-${s}-outcomes.csv`,
              bytes: text('Crime ID,Month\n'),
              expect: { outcome: 'skipped', reason: 'outcomes' },
            },
            {
              name: `${m}/${m}-${s}-stop-and-search.csv`,
              bytes: text('Type,Date\n'),
              expect: { outcome: 'skipped', reason: 'stop-and-search' },
            },
          ] as ZipEntrySpec[],
      ),
    );
  }
  {
    const { id, force } = b.next('zip-names');
    addZip(
      'odd entry names: parent folders, backslashes, dot files, absolute paths, macOS metadata, folders, a readme',
      'odd names',
      id,
      [
        {
          name: '2023-04/',
          bytes: new Uint8Array(0),
          expect: { outcome: 'skipped', reason: 'folder' },
        },
        { name: '../escape.csv', file: street(random, force, '2023-04', 2) },
        { name: '..\\escape-too.csv', file: street(random, force, '2023-05', 2) },
        { name: '.hidden.csv', file: street(random, force, '2023-06', 3) },
        { name: 'C:\\Windows\\x.csv', file: street(random, force, '2023-07', 1) },
        { name: '/etc/abs.csv', file: street(random, force, '2023-08', 2) },
        {
          name: '__MACOSX/2023-04/._escape.csv',
          bytes: random.bytes(120),
          expect: { outcome: 'skipped', reason: 'macOS' },
        },
        {
          name: '.DS_Store',
          bytes: random.bytes(64),
          expect: { outcome: 'skipped', reason: 'macOS' },
        },
        {
          name: 'README.txt',
          bytes: text('police.uk download\n'),
          expect: { outcome: 'skipped', reason: 'not a CSV' },
        },
        { name: 'data.CSV', file: street(random, force, '2023-09', 2) },
      ],
    );
  }
  {
    const { id, force } = b.next('zip-duplicate');
    addZip(
      'the same entry name twice: the second is refused, not silently dropped',
      'duplicated entries',
      id,
      [
        { name: 'month.csv', file: street(random, force, '2023-04', 3) },
        {
          name: 'month.csv',
          bytes: street(random, force, '2023-05', 2).bytes,
          expect: { outcome: 'refused', reason: 'duplicate entry name', where: 'skipped' },
        },
      ],
    );
  }
  {
    const { id, force } = b.next('zip-duplicate');
    addZip('a skipped name repeated', 'duplicated entries', id, [
      {
        name: 'x-outcomes.csv',
        bytes: text('a,b\n'),
        expect: { outcome: 'skipped', reason: 'outcomes' },
      },
      {
        name: 'x-outcomes.csv',
        bytes: text('a,b\n'),
        expect: { outcome: 'skipped', reason: 'outcomes' },
      },
      { name: 'street.csv', file: street(random, force, '2023-06', 2) },
    ]);
  }
  {
    const { id, force } = b.next('zip-month-twice');
    const again = street(random, ` ${force.toLowerCase()}`, '2023-07', 2);
    addZip(
      'one month twice in one zip (a re-download unzipped into the same folder)',
      're-downloaded months',
      id,
      [
        { name: 'old/2023-07-street.csv', file: street(random, force, '2023-07', 4) },
        { name: 'new/2023-07-street.csv', file: again },
      ],
    );
  }
  {
    const { id, force } = b.next('zip-nested');
    const inner = zipBytes([
      { name: 'inner.csv', bytes: street(random, force, '2023-04', 2).bytes },
    ]);
    addZip('a zip inside the zip', 'nested zips', id, [
      {
        name: 'inner.zip',
        bytes: inner,
        expect: { outcome: 'refused', reason: 'zip inside the zip', where: 'skipped' },
      },
      { name: 'outer.csv', file: street(random, force, '2023-05', 2) },
    ]);
  }
  {
    const { id, force } = b.next('zip-entries');
    addZip(
      'stored (uncompressed) entries, UTF-16 and BOM entries, a binary entry',
      'encodings',
      id,
      [
        { name: 'stored.csv', file: street(random, force, '2023-04', 3), stored: true },
        { name: 'utf16.csv', file: street(random, force, '2023-05', 2, 'utf-16le-bom') },
        { name: 'utf16be.csv', file: street(random, force, '2023-06', 2, 'utf-16be') },
        { name: 'bom.csv', file: street(random, force, '2023-07', 2, 'utf-8-bom') },
        {
          name: 'w1252.csv',
          file: writeTable(
            '',
            policeHeader(),
            [policeRecord(policeRow(force, '2023-08', { Location: 'On or near £1 shop' }))],
            { encoding: 'windows-1252' },
          ),
        },
        {
          name: 'noise.csv',
          bytes: random.bytes(500),
          expect: { outcome: 'refused', reason: 'binary', where: 'file' },
        },
        {
          name: 'empty.csv',
          bytes: new Uint8Array(0),
          expect: { outcome: 'refused', reason: 'empty', where: 'file' },
        },
      ],
    );
  }
  {
    const { id, refPrefix } = b.next('zip-local');
    const file = writeTable(
      '',
      localHeader(),
      localRecords([
        localRow(`${refPrefix}1`),
        localRow(`${refPrefix}2`, { date: '2099-01-01' }),
        localRow(`${refPrefix}3`, { easting: '0', northing: '0' }),
      ]),
    );
    const path = `zips/${id}.zip`;
    const { bytes, parts } = b.zip(`${id}.zip`, [{ name: 'council/asb.csv', file }]);
    b.add({ id, kind: 'local', class: 'zip layouts', description: 'a local extract in a zip' }, [
      { path, bytes, parts },
    ]);
  }
  {
    const { id, force } = b.next('zip-many');
    const months = Array.from({ length: 12 }, (_, i) => `2022-${String(i + 1).padStart(2, '0')}`);
    addZip(
      'a year of months in one zip',
      'zip layouts',
      id,
      random.shuffle(months).map((m) => ({
        name: `${m}/${m}-street.csv`,
        file: street(random, force, m, random.int(1, 4)),
      })),
    );
  }
  // Split and re-zipped: one month in two zips, and in a zip and a CSV.
  for (const what of ['the same month in two zips', 'a month in a zip and again as a CSV']) {
    const { id, force } = b.next('zip-redownload');
    const first = b.zip(`${id}-a.zip`, [
      { name: '2023-10/street.csv', file: street(random, force, '2023-10', 3) },
      { name: '2023-11/street.csv', file: street(random, force, '2023-11', 2) },
    ]);
    const second = street(random, force.toUpperCase(), '2023-11', 5);
    const secondInput =
      what === 'the same month in two zips'
        ? {
            path: `zips/${id}-b.zip`,
            ...b.zip(`${id}-b.zip`, [{ name: 'again/street.csv', file: second }]),
          }
        : tableInput(`zips/${id}-b.csv`, second);
    b.add({ id, kind: 'police.uk', class: 're-downloaded months', description: what }, [
      { path: `zips/${id}-a.zip`, ...first },
      secondInput,
    ]);
  }
  // Damaged zips: cut short anywhere, random bytes, nothing at all, an empty archive.
  {
    const { force } = b.next('zip-source');
    const whole = zipBytes([
      { name: 'a.csv', bytes: street(random, force, '2023-04', 30).bytes },
      { name: 'b.csv', bytes: street(random, force, '2023-05', 30).bytes },
    ]);
    for (const fraction of [0.02, 0.2, 0.45, 0.6, 0.8, 0.95, 0.99]) {
      const { id } = b.next('zip-truncated');
      const cut = whole.subarray(0, Math.floor(whole.length * fraction));
      b.single(
        {
          id,
          kind: 'police.uk',
          class: 'truncated zips',
          description: `cut at ${fraction * 100}%`,
        },
        `zips/${id}.zip`,
        cut,
        {
          outcome: { name: `${id}.zip`, outcome: 'refused', reason: UNREADABLE, where: 'skipped' },
        },
      );
    }
    const { id } = b.next('zip-truncated');
    b.single(
      { id, kind: 'police.uk', class: 'truncated zips', description: 'the last byte missing' },
      `zips/${id}.zip`,
      whole.subarray(0, whole.length - 1),
      {
        outcome: { name: `${id}.zip`, outcome: 'refused', reason: UNREADABLE, where: 'skipped' },
      },
    );
  }
  const notZips: [string, Uint8Array, Part['outcome']['outcome'], string][] = [
    ['random bytes named .zip', random.bytes(4000), 'refused', UNREADABLE],
    ['an empty file named .zip', new Uint8Array(0), 'refused', UNREADABLE],
    ['a CSV named .zip', text(`${policeHeader()}\n`), 'refused', UNREADABLE],
    ['an archive with no entries', zipBytes([]), 'skipped', 'empty zip'],
  ];
  for (const [what, bytes, outcome, reason] of notZips) {
    const { id } = b.next('zip-not');
    const name = `${id}.zip`;
    b.single(
      { id, kind: 'police.uk', class: 'truncated zips', description: what },
      `zips/${name}`,
      bytes,
      {
        outcome:
          outcome === 'refused'
            ? { name, outcome, reason, where: 'skipped' }
            : { name, outcome: 'skipped', reason },
      },
    );
  }
}
