import { describe, expect, it } from 'vitest';
import {
  createColumnMapping,
  findMappingForHeader,
  headerSignature,
} from '../../../src/ingest/local/column-mapping';
import {
  localMappingsFile,
  mappingsToJson,
  parseMappingsJson,
} from '../../../src/ingest/local/mappings-file';
import { previewLocalTable } from '../../../src/ingest/local/open-table';
import { proposeMapping } from '../../../src/ingest/local/propose-mapping';
import { fixtureInput } from './fixtures';

async function proposalFor(name: string) {
  const preview = await previewLocalTable(fixtureInput(name));
  return proposeMapping(preview.header, preview.sampleRows);
}

describe('proposing a column mapping', () => {
  it('council export: date, category, reference, easting/northing, address, ward', async () => {
    const proposal = await proposalFor('council-asb-ecins.csv');
    expect(proposal.columns).toEqual({
      date: 'Date Reported',
      category: 'Incident Type',
      reference: 'Case Ref',
      easting: 'Easting',
      northing: 'Northing',
      location: 'Address',
      ward: 'Ward',
    });
    expect(proposal.dateFormat?.format).toBe('day-first');
    expect(proposal.missing).toEqual([]);
    for (const role of proposal.roles) expect(role.reason).not.toBe('');
  });

  it('fire export: ISO date-time, longitude/latitude, LSOA code, camelCase names', async () => {
    const proposal = await proposalFor('fire-incidents-irs.csv');
    expect(proposal.columns).toEqual({
      date: 'CallDateTime',
      category: 'IncidentType',
      reference: 'IncidentNumber',
      longitude: 'Longitude',
      latitude: 'Latitude',
      lsoa: 'LSOA11CD',
    });
    expect(proposal.dateFormat?.format).toBe('iso');
  });

  it('police incident log: separate date and time, grid references', async () => {
    const proposal = await proposalFor('police-incident-log.csv');
    expect(proposal.columns).toEqual({
      date: 'Date',
      time: 'Time',
      category: 'Opening Code',
      reference: 'Log Number',
      gridReference: 'Grid Ref',
      location: 'Location',
    });
  });

  it('Excel workbook: date cells, Lat/Long', async () => {
    const proposal = await proposalFor('council-cases.xlsx');
    expect(proposal.columns).toMatchObject({
      date: 'Occurred',
      category: 'Category',
      latitude: 'Lat',
      longitude: 'Long',
      reference: 'Reference',
    });
  });

  it('takes Excel serial numbers as dates under a date-like name only', () => {
    const rows = [['45306.5', '45306', 'Graffiti']];
    expect(proposeMapping(['Occurred', 'Id', 'Type'], rows).columns).toEqual({
      date: 'Occurred',
      reference: 'Id',
      category: 'Type',
    });
  });

  it('guesses roles from values when names say nothing', () => {
    const proposal = proposeMapping(['A', 'B', 'C'], [['2024-01-02', 'SK5212380456', 'E01013456']]);
    expect(proposal.columns).toEqual({ date: 'A', gridReference: 'B', lsoa: 'C' });
    expect(proposal.missing).toEqual(['category']);
  });
});

describe('saved column mappings', () => {
  const header = ['Case Ref', 'Date Reported', 'Incident Type'];
  const mapping = createColumnMapping(header, {
    name: 'ECINS cases',
    source: 'Council ASB (ECINS)',
    columns: { reference: 'Case Ref', date: 'Date Reported', category: 'Incident Type' },
    dateFormat: 'auto',
  });

  it('is found again for the same columns in any order, case and spacing', () => {
    expect(findMappingForHeader([mapping], ['incident_type', 'CASE REF', ' Date  Reported '])).toBe(
      mapping,
    );
    expect(headerSignature(['B', 'a'])).toBe(headerSignature(['A', 'b']));
  });

  it('is not used for a file with different columns', () => {
    expect(findMappingForHeader([mapping], [...header, 'Ward'])).toBeNull();
  });

  it('round-trips through JSON with code mappings in the same file', () => {
    const file = localMappingsFile(
      [mapping],
      [
        {
          name: 'ECINS codes',
          source: 'Council ASB (ECINS)',
          codes: { Graffiti: { category: 'asb-environmental' } },
        },
      ],
    );
    expect(parseMappingsJson(mappingsToJson(file))).toEqual(file);
  });

  it('accepts a hand-written file (header instead of signature, code → category id)', () => {
    const file = parseMappingsJson(
      JSON.stringify({
        columnMappings: [
          {
            name: 'x',
            source: 'X',
            header,
            columns: { date: 'Date Reported', category: 'Incident Type' },
          },
        ],
        codeMappings: [{ name: 'c', source: 'X', codes: { Graffiti: 'asb-environmental' } }],
      }),
    );
    expect(file.columnMappings[0]?.headerSignature).toBe(headerSignature(header));
    expect(file.columnMappings[0]?.dateFormat).toBe('auto');
    expect(file.codeMappings[0]?.codes.Graffiti).toEqual({ category: 'asb-environmental' });
  });

  it('lists every problem in a bad file', () => {
    const bad = JSON.stringify({
      columnMappings: [
        { name: 'x', source: 'X', header, columns: { when: 'Date' }, dateFormat: 'yyyy' },
      ],
      codeMappings: [{ name: 'c', source: 'X', codes: { Graffiti: 'graffiti' } }],
    });
    expect(() => parseMappingsJson(bad)).toThrow(
      /unknown role "when"[\s\S]*dateFormat[\s\S]*unknown category "graffiti"/,
    );
    expect(() => parseMappingsJson('{oops')).toThrow(/not valid JSON/);
  });
});
