import type { CorpusBuilder } from './corpus-builder';
import { tableInput } from './corpus-builder';
import type { LocalRow } from './local-file';
import { localHeader, localRecords, localRow } from './local-file';
import type { FileRecord } from './police-file';
import { BLANK, malformed, writeTable } from './police-file';
import type { Random } from './random';
import type { Eol } from './text-file';
import { ENCODINGS } from './text-file';

const DELIMITERS: Record<string, string> = { comma: ',', semicolon: ';', tab: '\t', pipe: '|' };
const LINE_ENDS: Record<string, Eol | Eol[]> = {
  lf: '\n',
  crlf: '\r\n',
  cr: '\r',
  mixed: ['\n', '\r\n', '\r'],
};

function someRows(random: Random, refPrefix: string, n: number, from = 0): LocalRow[] {
  return Array.from({ length: n }, (_, i) =>
    localRow(`${refPrefix}${from + i + 1}`, {
      date: `2024-${String(random.int(1, 12)).padStart(2, '0')}-${String(random.int(1, 28)).padStart(2, '0')}`,
      type: random.pick(['ASB1', 'ASB2', 'FLY', 'asb1']),
      easting: String(random.int(430000, 445000)),
      northing: String(random.int(365000, 380000)),
      address: random.pick(['1 High Street', 'Flat 2, Mill Close', '£5 shop, Market Place']),
    }),
  );
}

function local(
  b: CorpusBuilder,
  klass: string,
  what: string,
  prefix: string,
  make: (refPrefix: string) => {
    header?: string;
    recs: FileRecord[];
    encoding?: (typeof ENCODINGS)[number];
    eol?: Eol | Eol[];
    finalEol?: boolean;
  },
): void {
  const { id, refPrefix } = b.next(prefix);
  const { header, recs, ...layout } = make(refPrefix);
  const path = `local/${id}.csv`;
  b.add({ id, kind: 'local', class: klass, description: what }, [
    tableInput(path, writeTable(path, header ?? localHeader(), recs, layout)),
  ]);
}

/** Every local extract case. */
export function localCases(b: CorpusBuilder, random: Random): void {
  for (const encoding of ENCODINGS)
    for (const [dName, d] of Object.entries(DELIMITERS))
      local(
        b,
        'encodings and delimiters',
        `${encoding}, ${dName}-separated`,
        'local-encoding',
        (p) => {
          const rows = someRows(random, p, random.int(2, 5));
          rows.push(localRow(`${p}q`, { address: 'Flat 1; "The Old Mill"\nTown | Centre\t£' }));
          return {
            header: localHeader(d),
            recs: localRecords(random.shuffle(rows), { delimiter: d }),
            encoding,
            eol: random.pick(['\n', '\r\n'] as Eol[]),
          };
        },
      );
  for (const [eName, eol] of Object.entries(LINE_ENDS))
    for (const finalEol of [true, false])
      local(
        b,
        'line ends',
        `${eName}${finalEol ? '' : ', no final line end'}`,
        'local-eol',
        (p) => ({ recs: localRecords(someRows(random, p, 4)), eol, finalEol }),
      );
  const variants: [
    string,
    string,
    (p: string) => { header?: string; recs: FileRecord[]; finalEol?: boolean },
  ][] = [
    [
      'quoting',
      'a quoted break in the first record',
      (p) => ({
        recs: localRecords([
          localRow(`${p}1`, { address: 'Flat 3\r\nHigh Street' }),
          ...someRows(random, p, 2, 1),
        ]),
      }),
    ],
    [
      'quoting',
      'a quoted break in the header',
      (p) => ({
        header: '"Incident\nRef",Date,Type,Easting,Northing,"\r\nAddress "',
        recs: localRecords(someRows(random, p, 3)),
      }),
    ],
    [
      'quoting',
      'every field quoted',
      (p) => ({ recs: localRecords(someRows(random, p, 3), { quoteAll: true }) }),
    ],
    [
      'quoting',
      'an unterminated quote mid-file',
      (p) => ({
        recs: [
          ...localRecords(someRows(random, p, 2)),
          malformed(
            `${p}x,2024-05-01,ASB1,438000,371000,"1 High Street\n${p}y,2024-05-02,ASB1,438000,371000,2 High Street`,
            'quoted field',
          ),
        ],
      }),
    ],
    [
      'quoting',
      'an unterminated quote on the last line',
      (p) => ({
        recs: [
          ...localRecords(someRows(random, p, 2)),
          malformed(`${p}x,2024-05-01,ASB1,438000,371000,"1 High Street`, 'quoted field'),
        ],
        finalEol: false,
      }),
    ],
    [
      'row shapes',
      'blank lines and a short row',
      (p) => ({
        recs: [
          ...localRecords(someRows(random, p, 2)),
          BLANK,
          ...localRecords([localRow(`${p}s`)])
            .map((r) => ({ ...r, text: r.text.split(',').slice(0, 3).join(',') }))
            .map((r) => ({
              ...r,
              expect: { kind: 'loaded' as const, located: false, key: `Fuzz council ASB|${p}s` },
            })),
          BLANK,
          BLANK,
        ],
      }),
    ],
    [
      'row shapes',
      'extra non-empty fields',
      (p) => ({
        recs: localRecords([
          ...someRows(random, p, 2),
          localRow(`${p}e`, { extra: ['', 'surplus'] }),
          localRow(`${p}f`, { extra: ['', ' '] }),
        ]),
      }),
    ],
    [
      'implausible dates',
      '1899, 2099, month 13, before 2000, blank',
      (p) => ({
        recs: localRecords([
          ...someRows(random, p, 2),
          ...[
            '1899-12-01',
            '2099-01-15',
            '2024-13-01',
            '1999-12-31',
            '',
            '2024-02-30',
            'last Tuesday',
          ].map((date, i) => localRow(`${p}d${i}`, { date })),
        ]),
      }),
    ],
    [
      'implausible coordinates',
      '0,0, outside the grid, text, blank, one of two',
      (p) => ({
        recs: localRecords([
          ...someRows(random, p, 2),
          ...[
            ['0', '0'],
            ['900000', '100'],
            ['abc', 'def'],
            ['', ''],
            ['438000', ''],
            ['-5', '371000'],
          ].map(([easting, northing], i) => localRow(`${p}c${i}`, { easting, northing })),
        ]),
      }),
    ],
    [
      'values',
      'unmapped, blank and lower-case codes',
      (p) => ({
        recs: localRecords([
          ...someRows(random, p, 2),
          localRow(`${p}u`, { type: 'NOISE' }),
          localRow(`${p}b`, { type: ' ' }),
          localRow(`${p}l`, { type: ' fly ' }),
        ]),
      }),
    ],
    [
      'values',
      'a reference repeated in the file',
      (p) => ({
        recs: localRecords([
          ...someRows(random, p, 3),
          localRow(`${p}1`, { date: '2024-06-01' }),
          localRow(`${p}2`, { type: 'NOISE' }),
        ]),
      }),
    ],
    ['empty and binary', 'header only', () => ({ recs: [] })],
  ];
  for (const [klass, what, make] of variants) local(b, klass, what, 'local-case', make);
  const refused: [string, Uint8Array, string][] = [
    ['an empty file', new Uint8Array(0), 'empty'],
    ['random bytes', random.bytes(2000), 'binary'],
    [
      'columns no mapping knows',
      new TextEncoder().encode('Case,When,What\nA1,2024-01-01,ASB1\n'),
      'needs a column mapping',
    ],
    [
      'an old Excel file',
      Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...random.bytes(300)]),
      'xls',
    ],
  ];
  for (const [what, bytes, reason] of refused) {
    const { id } = b.next('local-refused');
    const path = `local/${id}.csv`;
    b.single({ id, kind: 'local', class: 'empty and binary', description: what }, path, bytes, {
      outcome: { name: path.split('/').pop() as string, outcome: 'refused', reason, where: 'file' },
    });
  }
  const { id, refPrefix } = b.next('local-reload');
  const rows = someRows(random, refPrefix, 5);
  const paths = [`local/${id}-a.csv`, `local/${id}-b.csv`];
  b.add(
    {
      id,
      kind: 'local',
      class: 're-downloaded months',
      description: 'the same extract loaded twice, then with more rows',
    },
    [
      tableInput(
        paths[0] as string,
        writeTable(paths[0] as string, localHeader(), localRecords(rows)),
      ),
      tableInput(
        paths[1] as string,
        writeTable(
          paths[1] as string,
          localHeader(),
          localRecords([...rows, ...someRows(random, refPrefix, 2, 5)]),
        ),
      ),
    ],
  );
}
