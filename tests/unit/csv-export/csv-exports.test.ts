import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { DisclosedTable } from '../../../src/analytics/disclosure/disclosureControl';
import { csvCell } from '../../../src/ingest/local/cell-safety';
import type { LocalFileLoadReport } from '../../../src/ingest/local/local-report';
import { validationReportCsv } from '../../../src/ingest/local/validation-csv';
import { disclosedTableCsv } from '../../../src/reports/board-csv';
import { csvLine } from '../../../scripts/demo-data/csv';

/** Text a spreadsheet would run as a formula, one per dangerous first character. */
const DANGEROUS = [
  '=HYPERLINK("http://evil.example","x")',
  '+cmd|" /C calc"!A0',
  '-2+3+cmd|" /C calc"!A0',
  '@SUM(A1:A9)',
  '\t=1+1',
  '\r=1+1',
];

/** The cells of CSV text as a spreadsheet would split them (RFC 4180). */
function cells(csv: string): string[] {
  return Papa.parse<string[]>(csv, { delimiter: ',', skipEmptyLines: true }).data.flat();
}

function expectEscaped(csv: string): void {
  const all = cells(csv);
  for (const text of DANGEROUS) {
    expect(all, JSON.stringify(text)).toContain(`'${text}`);
    expect(all, JSON.stringify(text)).not.toContain(text);
  }
}

describe('csvCell, the one writer of a CSV field', () => {
  it('gives text starting with = + - @ tab or CR a leading apostrophe', () => {
    for (const text of DANGEROUS) expect(cells(csvCell(text))).toEqual([`'${text}`]);
  });

  it('quotes commas, quotes and line breaks as RFC 4180 says', () => {
    expect(csvCell('Smith, J')).toBe('"Smith, J"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell('=A1,B1')).toBe(`"'=A1,B1"`);
  });

  it('writes numbers as numbers: a negative count or a longitude is not escaped', () => {
    expect(csvCell(-3)).toBe('-3');
    expect(csvCell(-1.4321)).toBe('-1.4321');
    expect(csvCell('-1.4321')).toBe('-1.4321');
    expect(csvCell('+44 7700 900123')).toBe("'+44 7700 900123");
    expect(csvCell(Number.NaN)).toBe('');
    expect(csvCell(null)).toBe('');
  });
});

describe('every CSV export escapes formula text', () => {
  it('the board table: area names, category labels, heading, marker and notice', () => {
    const shown = (value: number) => ({ shown: true as const, value });
    const table: DisclosedTable = {
      rowLabels: DANGEROUS.slice(0, 3),
      columnLabels: DANGEROUS.slice(3, 5),
      cells: [
        [shown(-1), shown(10)],
        [shown(7), shown(8)],
        [shown(9), shown(11)],
      ],
      rowTotals: [shown(9), shown(15), shown(20)],
      columnTotals: [shown(15), shown(29)],
      grandTotal: { shown: false, reason: 'smallCount' },
      hiddenCount: 1,
      marker: DANGEROUS[5] ?? '',
      notice: '=notice',
      hiddenTitle: '=title',
    };
    const csv = disclosedTableCsv(table, '@Area');
    expectEscaped(csv);
    expect(cells(csv)).toEqual(expect.arrayContaining(["'@Area", "'=notice", '-1', '29']));
  });

  it('the validation report: file name, reasons, raw rows, unmapped codes and notes', () => {
    const report: LocalFileLoadReport = {
      fileName: DANGEROUS[0] ?? '',
      source: 'council',
      error: null,
      rowsRead: 3,
      linesRead: 4,
      rowsUnaccounted: 0,
      rowsLoaded: 1,
      rowsUnlocated: 0,
      rowsRejected: 2,
      rowsReplaced: 0,
      months: [],
      rejected: [],
      unknownTypes: [],
      unlocatedReasons: [],
      local: {
        format: 'csv',
        encoding: 'utf-8',
        delimiter: ',',
        sheet: null,
        sheetNames: [],
        columnMapping: 'm',
        codeMapping: null,
        dateFormat: 'day-first',
        plausibleMonths: { first: '2000-01', last: '2026-12' },
        dateFormatReason: DANGEROUS[1] ?? '',
        dateFormatAssumed: false,
        rowsHeldBack: 2,
        issueCounts: { 'unmapped-code': 1, 'missing-category': 1 },
        issues: [
          { line: 2, kind: 'unmapped-code', heldBack: true, reason: DANGEROUS[2] ?? '', raw: '' },
          {
            line: 3,
            kind: 'missing-category',
            heldBack: true,
            reason: '',
            raw: DANGEROUS[3] ?? '',
          },
        ],
        issuesTruncated: false,
        unmappedCodes: [{ code: DANGEROUS[4] ?? '', count: 1 }],
        sources: [],
        period: { first: null, last: null },
        notes: [DANGEROUS[5] ?? ''],
      },
    };
    expectEscaped(validationReportCsv(report));
  });

  it('the demo data generator', () => {
    expectEscaped(DANGEROUS.map((text) => csvLine([text, '-1.5'])).join('\r\n'));
    expect(csvLine(['-1.5', '53.1'])).toBe('-1.5,53.1');
  });
});
