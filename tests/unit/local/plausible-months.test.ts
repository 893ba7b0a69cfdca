import { describe, expect, it } from 'vitest';
import { createColumnMapping } from '../../../src/ingest/local/column-mapping';
import { loadLocalExtract } from '../../../src/ingest/local/load';
import { validationReportCsv } from '../../../src/ingest/local/validation-csv';
import { defaultLocalMonths } from '../../../src/ingest/plausible-months';
import { freshDatabase, textInput } from './fixtures';

const columnMapping = createColumnMapping(['Ref', 'Date', 'Type'], {
  name: 'Council',
  source: 'Council ASB',
  columns: { reference: 'Ref', date: 'Date', category: 'Type' },
  dateFormat: 'iso',
});
const codeMapping = {
  name: 'codes',
  source: 'Council ASB',
  codes: { Noise: { category: 'asb-nuisance' } },
};
const extract = [
  'Ref,Date,Type',
  'A1,1899-12-31,Noise', // line 2
  'A2,2099-01-01,Noise', // line 3
  'A3,2024-03-01,Noise', // line 4
  'A4,1999-12-31,Noise', // line 5
  'A5,2000-01-01,Noise', // line 6
].join('\n');

describe('local extracts: months outside a plausible range are held back', () => {
  it('holds back 1899 and 2099 with their line and reason, and states the range in the report', async () => {
    const db = await freshDatabase();
    const report = await loadLocalExtract(db, textInput('council.csv', extract), {
      columnMapping,
      codeMapping,
    });
    expect(report.rowsLoaded).toBe(2);
    expect(report.rejected.map((r) => [r.line, r.reason])).toEqual([
      [2, 'date "1899-12-31": year 1899 is out of range'],
      [
        3,
        `date "2099-01-01": month 2099-01 is after ${defaultLocalMonths().last}, the latest plausible`,
      ],
      [5, 'date "1999-12-31": month 1999-12 is before 2000-01, the earliest plausible'],
    ]);
    expect(report.local?.issueCounts).toMatchObject({
      'unparseable-date': 1,
      'implausible-date': 2,
    });
    expect(report.local?.plausibleMonths).toEqual(defaultLocalMonths());
    expect(validationReportCsv(report)).toContain(`plausible months`);
  });

  it('takes the range from the load options', async () => {
    const db = await freshDatabase();
    const report = await loadLocalExtract(db, textInput('council.csv', extract), {
      columnMapping,
      codeMapping,
      plausibleMonths: { first: '1990-01', last: '2024-02' },
    });
    expect(report.rejected.map((r) => r.line)).toEqual([2, 3, 4]);
    expect(report.rowsLoaded).toBe(2);
  });

  it('defaults to January 2000 up to the current month', () => {
    expect(defaultLocalMonths(new Date('2026-12-02T08:00:00Z'))).toEqual({
      first: '2000-01',
      last: '2026-12',
    });
  });
});
