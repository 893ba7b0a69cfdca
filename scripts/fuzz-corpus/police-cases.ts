import type { CorpusBuilder } from './corpus-builder';
import { tableInput } from './corpus-builder';
import type { FileRecord, PoliceColumn, PoliceRow } from './police-file';
import {
  BLANK,
  malformed,
  POLICE_COLUMNS,
  policeHeader,
  policeRecord,
  policeRow,
  writeTable,
} from './police-file';
import type { Random } from './random';
import type { Eol } from './text-file';
import { ENCODINGS } from './text-file';

const COLUMNS = 'Expected Number of Columns';
const LINE_ENDS: Record<string, Eol | Eol[]> = {
  lf: '\n',
  crlf: '\r\n',
  cr: '\r',
  mixed: ['\r\n', '\n', '\r\n', '\r'],
};

/** A few ordinary rows for `force` in `month`, their locations drawn from `random`. */
function someRows(random: Random, force: string, month: string, n: number): PoliceRow[] {
  const streets = ['High Street', 'Station Road', 'Church Lane', "St Mary's Gate", 'Mill Close'];
  const types = ['Burglary', 'Anti-social behaviour', 'Criminal damage and arson', 'Shoplifting'];
  return Array.from({ length: n }, () =>
    policeRow(force, month, {
      Longitude: (-1.5 + random.next() * 0.2).toFixed(6),
      Latitude: (53.1 + random.next() * 0.2).toFixed(6),
      Location: `On or near ${random.pick(streets)}`,
      'Crime type': random.pick(types),
    }),
  );
}

const records = (rows: PoliceRow[]): FileRecord[] => rows.map((r) => policeRecord(r));

/** Encodings × line ends × with or without a final line end, each with a £ and a quoted break. */
function encodingsAndLineEnds(b: CorpusBuilder, random: Random): void {
  for (const encoding of ENCODINGS)
    for (const [eolName, eol] of Object.entries(LINE_ENDS))
      for (const finalEol of [true, false]) {
        const { id, force } = b.next('police-encoding');
        const rows = someRows(random, force, '2024-01', random.int(2, 6));
        rows.push(
          policeRow(force, '2024-01', { Location: 'On or near £1 shop, "Corner"\nUnit 2' }),
        );
        const recs = random.shuffle(records(rows));
        const path = `police/${id}-${encoding}-${eolName}${finalEol ? '' : '-noeol'}.csv`;
        const file = writeTable(path, policeHeader(), recs, { encoding, eol, finalEol });
        b.add(
          {
            id,
            kind: 'police.uk',
            class: 'encodings and line ends',
            description: `${encoding}, ${eolName} line ends${finalEol ? '' : ', no line end at the end'}`,
          },
          [tableInput(path, file)],
        );
      }
}

/** Quoting: quoted breaks anywhere, doubled quotes, unterminated quotes, quotes mid-field. */
function quoting(b: CorpusBuilder, random: Random): void {
  const variants: [
    string,
    (force: string) => { header?: string; recs: FileRecord[]; finalEol?: boolean },
  ][] = [
    [
      'break in the first record',
      (f) => ({
        recs: [
          policeRecord(policeRow(f, '2024-02', { Location: 'On or\nnear A' })),
          ...records(someRows(random, f, '2024-02', 3)),
        ],
      }),
    ],
    [
      'break in the header',
      (f) => ({
        header: policeHeader(POLICE_COLUMNS.map((c) => (c === 'Context' ? 'Con\ntext' : c))),
        recs: records(someRows(random, f, '2024-02', 3)),
      }),
    ],
    [
      'CRLF break in the last record, no final line end',
      (f) => ({
        recs: [
          ...records(someRows(random, f, '2024-02', 2)),
          policeRecord(policeRow(f, '2024-02', { Context: 'a\r\nb\r\n' })),
        ],
        finalEol: false,
      }),
    ],
    [
      'doubled quotes',
      (f) => ({
        recs: [
          policeRecord(policeRow(f, '2024-02', { Location: 'On or near "The ""Bell"""' })),
          ...records(someRows(random, f, '2024-02', 2)),
        ],
      }),
    ],
    [
      'every field quoted',
      (f) => ({
        recs: someRows(random, f, '2024-02', 4).map((r) =>
          policeRecord(r, POLICE_COLUMNS, { quoteAll: true }),
        ),
      }),
    ],
    [
      'a quote inside an unquoted field',
      (f) => ({
        recs: [
          {
            text: `,2024-02,${f},${f},-1.4,53.2,On or near O"Brien Way,E01019999,Chesterfield 001A,Burglary,,`,
            expect: { kind: 'loaded', located: true, key: `${f.toLowerCase()}|2024-02` },
          },
          ...records(someRows(random, f, '2024-02', 2)),
        ],
      }),
    ],
    [
      'an unterminated quote mid-file (runs to the end)',
      (f) => ({
        recs: [
          ...records(someRows(random, f, '2024-02', 2)),
          malformed(
            `,2024-02,${f},${f},-1.4,53.2,"On or near nowhere,E01019999,X,Burglary,,\n,2024-02,${f},${f},-1.4,53.2,swallowed,E0,X,Burglary,,`,
            'unterminated quote',
          ),
        ],
      }),
    ],
    [
      'an unterminated quote on the last line',
      (f) => ({
        recs: [
          ...records(someRows(random, f, '2024-02', 3)),
          malformed(
            `,2024-02,${f},${f},-1.4,53.2,"On or near nowhere,E01019999,X,Burglary,,`,
            'unterminated quote',
          ),
        ],
        finalEol: false,
      }),
    ],
  ];
  for (const [what, make] of variants) {
    const { id, force } = b.next('police-quoting');
    const { header, recs, finalEol } = make(force);
    const path = `police/${id}.csv`;
    b.add({ id, kind: 'police.uk', class: 'quoting', description: what }, [
      tableInput(path, writeTable(path, header ?? policeHeader(), recs, { finalEol })),
    ]);
  }
}

/** Rows of the wrong width, blank lines, white space, a repeated header. */
function shapes(b: CorpusBuilder, random: Random): void {
  const variants: [string, (force: string) => FileRecord[]][] = [
    [
      'a row with too few fields',
      (f) => [
        ...records(someRows(random, f, '2024-03', 2)),
        malformed('2024-03,too,few', COLUMNS),
        ...records(someRows(random, f, '2024-03', 1)),
      ],
    ],
    [
      'a row with an extra field',
      (f) => [
        policeRecord(policeRow(f, '2024-03')),
        malformed(`${policeRecord(policeRow(f, '2024-03')).text},extra`, COLUMNS),
      ],
    ],
    // An empty field past the header is no data lost: read like the local loader reads it.
    [
      'a trailing comma on a row',
      (f) => [
        {
          ...policeRecord(policeRow(f, '2024-03')),
          text: `${policeRecord(policeRow(f, '2024-03')).text},`,
        },
        policeRecord(policeRow(f, '2024-03')),
      ],
    ],
    [
      'blank lines between rows and at the end',
      (f) => [
        policeRecord(policeRow(f, '2024-03')),
        BLANK,
        BLANK,
        policeRecord(policeRow(f, '2024-03')),
        BLANK,
        BLANK,
        BLANK,
      ],
    ],
    [
      'a line of spaces',
      (f) => [
        policeRecord(policeRow(f, '2024-03')),
        malformed('   ', COLUMNS),
        policeRecord(policeRow(f, '2024-03')),
      ],
    ],
    [
      'the header repeated mid-file (two files pasted together)',
      (f) => [
        ...records(someRows(random, f, '2024-03', 2)),
        malformed(policeHeader(), 'is not YYYY-MM'),
        ...records(someRows(random, f, '2024-03', 2)),
      ],
    ],
  ];
  for (const [what, make] of variants) {
    const { id, force } = b.next('police-shape');
    const path = `police/${id}.csv`;
    b.add({ id, kind: 'police.uk', class: 'row shapes', description: what }, [
      tableInput(path, writeTable(path, policeHeader(), make(force))),
    ]);
  }
}

/** Headers: renamed, reordered, extra and missing columns, other delimiters. */
function headers(b: CorpusBuilder, random: Random): void {
  const loaded: [
    string,
    (names: readonly PoliceColumn[]) => { names: string[]; order: PoliceColumn[] },
  ][] = [
    [
      'header in other case and spacing',
      (n) => ({
        names: n.map((c, i) => (i % 2 ? c.toUpperCase() : ` ${c.toLowerCase()} `)),
        order: [...n],
      }),
    ],
    [
      'columns reordered',
      (n) => {
        const order = random.shuffle(n);
        return { names: [...order], order };
      },
    ],
    [
      'no Reported by column (Falls within instead)',
      (n) => {
        const order = n.filter((c) => c !== 'Reported by');
        return { names: [...order], order };
      },
    ],
  ];
  for (const [what, make] of loaded) {
    const { id, force } = b.next('police-header');
    const { names, order } = make(POLICE_COLUMNS);
    const recs = someRows(random, force, '2024-04', 3).map((r) => policeRecord(r, order));
    const path = `police/${id}.csv`;
    b.add({ id, kind: 'police.uk', class: 'headers', description: what }, [
      tableInput(path, writeTable(path, policeHeader(names), recs)),
    ]);
  }
  {
    const { id, force } = b.next('police-header');
    const recs = someRows(random, force, '2024-04', 3).map((r) => ({
      ...policeRecord(r),
      text: `${policeRecord(r).text},x`,
    }));
    const path = `police/${id}.csv`;
    b.add({ id, kind: 'police.uk', class: 'headers', description: 'an extra column' }, [
      tableInput(path, writeTable(path, `${policeHeader()},Extra`, recs)),
    ]);
  }
  const refused: [string, string, string][] = [
    [
      'no Crime type column',
      policeHeader(POLICE_COLUMNS.filter((c) => c !== 'Crime type')),
      'Crime type',
    ],
    ['semicolon-separated', policeHeader(POLICE_COLUMNS, ';'), 'needs a column mapping'],
    ['tab-separated', policeHeader(POLICE_COLUMNS, '\t'), 'needs a column mapping'],
    ['a header of one column', 'Month', 'only one column'],
  ];
  for (const [what, header, reason] of refused) {
    const { id, force } = b.next('police-header');
    const path = `police/${id}.csv`;
    const delimiter = what.startsWith('semicolon') ? ';' : what.startsWith('tab') ? '\t' : ',';
    const body = someRows(random, force, '2024-04', 2).map(
      (r) => policeRecord(r, POLICE_COLUMNS, { delimiter }).text,
    );
    const bytes = new TextEncoder().encode([header, ...body].join('\n') + '\n');
    b.single({ id, kind: 'police.uk', class: 'headers', description: what }, path, bytes, {
      outcome: { name: path.split('/').pop() as string, outcome: 'refused', reason, where: 'file' },
    });
  }
}

/** Months police.uk never published, and odd month text. */
function months(b: CorpusBuilder, random: Random): void {
  const cases: string[] = [
    '1899-12',
    '2099-01',
    '2010-11',
    '2010-12',
    '2024-13',
    '2024-00',
    '2024-1',
    '01/2024',
    '',
    ' 2024-05 ',
    '2024-05-01',
  ];
  for (const month of cases) {
    const { id, force } = b.next('police-month');
    const recs = [
      ...records(someRows(random, force, '2024-05', 2)),
      policeRecord(policeRow(force, month)),
    ];
    const path = `police/${id}.csv`;
    b.add({ id, kind: 'police.uk', class: 'implausible dates', description: `month "${month}"` }, [
      tableInput(path, writeTable(path, policeHeader(), random.shuffle(recs))),
    ]);
  }
}

/** Coordinates that cannot be placed (loaded, unlocated) and ones that can despite spacing. */
function coordinates(b: CorpusBuilder, random: Random): void {
  const pairs: [string, string][] = [
    ['0', '0'],
    ['2.3522', '48.8566'],
    ['', ''],
    ['-1.4', ''],
    ['abc', 'def'],
    ['53.2', '-1.4'],
    [' -1.4 ', ' 53.2 '],
    ['-1.4e0', '53.2'],
    ['0', '53.2'],
  ];
  for (const [lon, lat] of pairs) {
    const { id, force } = b.next('police-coords');
    const recs = [
      ...records(someRows(random, force, '2024-06', 2)),
      policeRecord(policeRow(force, '2024-06', { Longitude: lon, Latitude: lat })),
    ];
    const path = `police/${id}.csv`;
    b.add(
      {
        id,
        kind: 'police.uk',
        class: 'implausible coordinates',
        description: `longitude "${lon}", latitude "${lat}"`,
      },
      [tableInput(path, writeTable(path, policeHeader(), recs))],
    );
  }
  for (const [what, over] of [
    ['no crime type', { 'Crime type': ' ' }],
    ['a crime type police.uk never used', { 'Crime type': 'Cybercrime' }],
    ['no force at all', { 'Reported by': '', 'Falls within': '' }],
  ] as [string, Partial<PoliceRow>][]) {
    const { id, force } = b.next('police-values');
    const month = what === 'no force at all' ? '2011-03' : '2024-06';
    const recs = [
      ...records(someRows(random, force, month, 2)),
      policeRecord(policeRow(force, month, over)),
    ];
    const path = `police/${id}.csv`;
    b.add({ id, kind: 'police.uk', class: 'values', description: what }, [
      tableInput(path, writeTable(path, policeHeader(), recs)),
    ]);
  }
}

/** Empty, header-only, blank, binary and very long inputs. */
function sizesAndBinary(b: CorpusBuilder, random: Random): void {
  const refusedFile = (what: string, ext: string, bytes: Uint8Array, reason: string): void => {
    const { id } = b.next('police-bytes');
    const path = `police/${id}${ext}`;
    b.single({ id, kind: 'police.uk', class: 'empty and binary', description: what }, path, bytes, {
      outcome: { name: path.split('/').pop() as string, outcome: 'refused', reason, where: 'file' },
    });
  };
  refusedFile('an empty file (0 bytes)', '.csv', new Uint8Array(0), 'empty');
  refusedFile('blank lines only', '.csv', new TextEncoder().encode('\n\r\n\n'), 'no header line');
  refusedFile('random bytes', '.csv', random.bytes(3000), 'binary');
  refusedFile(
    'a PNG named .csv',
    '.csv',
    Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, ...random.bytes(200)]),
    'PNG',
  );
  refusedFile(
    'a gzip named .csv',
    '.csv',
    Uint8Array.from([0x1f, 0x8b, 8, 0, ...random.bytes(100)]),
    'gzip',
  );
  for (const [what, finalEol] of [
    ['header only', true],
    ['header only, no line end', false],
  ] as const) {
    const { id } = b.next('police-bytes');
    const path = `police/${id}.csv`;
    b.add({ id, kind: 'police.uk', class: 'empty and binary', description: what }, [
      tableInput(path, writeTable(path, policeHeader(), [], { finalEol })),
    ]);
  }
  for (const [what, size, reject] of [
    ['a 1.2 MB field (loaded)', 1_200_000, false],
    ['a 2.2 MB field (over the limit)', 2_200_000, true],
  ] as const) {
    const { id, force } = b.next('police-long');
    const long = policeRecord(policeRow(force, '2024-07', { Context: 'x'.repeat(size) }));
    const recs = [
      ...records(someRows(random, force, '2024-07', 2)),
      reject ? malformed(long.text, 'long') : long,
      ...records(someRows(random, force, '2024-07', 1)),
    ];
    const path = `police/${id}.csv`;
    b.add({ id, kind: 'police.uk', class: 'huge fields', description: what }, [
      tableInput(path, writeTable(path, policeHeader(), recs)),
    ]);
  }
}

/** Re-downloads: the same force-month again, under other names, spacing, case and row counts. */
function reDownloads(b: CorpusBuilder, random: Random): void {
  const variants: [string, (force: string) => [PoliceRow[], PoliceRow[]]][] = [
    [
      'the same file twice under two names',
      (f) => {
        const rows = someRows(random, f, '2024-08', 4);
        return [rows, rows];
      },
    ],
    [
      'force name with other spacing and case',
      (f) => [
        someRows(random, f, '2024-08', 4),
        someRows(random, `  ${f.toUpperCase().replace(' ', '   ')} `, '2024-08', 3),
      ],
    ],
    [
      'a later download with fewer rows',
      (f) => [someRows(random, f, '2024-08', 6), someRows(random, f, '2024-08', 2)],
    ],
    [
      'two months, the second download repeating one',
      (f) => [
        [...someRows(random, f, '2024-08', 3), ...someRows(random, f, '2024-09', 2)],
        someRows(random, f, '2024-09', 4),
      ],
    ],
  ];
  for (const [what, make] of variants) {
    const { id, force } = b.next('police-redownload');
    const [first, second] = make(force);
    const a = `police/${id}-a.csv`;
    const c = `police/${id}-b.csv`;
    b.add({ id, kind: 'police.uk', class: 're-downloaded months', description: what }, [
      tableInput(a, writeTable(a, policeHeader(), records(first))),
      tableInput(c, writeTable(c, policeHeader(), records(second))),
    ]);
  }
  const { id, force } = b.next('police-redownload');
  const paths = [1, 2, 3].map((n) => `police/${id}-${n}.csv`);
  b.add(
    {
      id,
      kind: 'police.uk',
      class: 're-downloaded months',
      description: 'the same month three times',
    },
    paths.map((p, i) =>
      tableInput(
        p,
        writeTable(
          p,
          policeHeader(),
          records(someRows(random, i === 1 ? force.toLowerCase() : force, '2024-10', 2 + i)),
        ),
      ),
    ),
  );
}

/** Every police.uk CSV case. */
export function policeCases(b: CorpusBuilder, random: Random): void {
  encodingsAndLineEnds(b, random);
  quoting(b, random);
  shapes(b, random);
  headers(b, random);
  months(b, random);
  coordinates(b, random);
  sizesAndBinary(b, random);
  reDownloads(b, random);
}
