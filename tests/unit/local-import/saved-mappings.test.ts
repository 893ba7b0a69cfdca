import { describe, expect, it } from 'vitest';
import {
  createColumnMapping,
  findMappingForHeader,
} from '../../../src/ingest/local/column-mapping';
import { localMappingsFile } from '../../../src/ingest/local/mappings-file';
import type { KeyValueStorage } from '../../../src/features/local-import/saved-mappings';
import {
  mergeMappings,
  NO_MAPPINGS,
  readSavedMappings,
  SAVED_MAPPINGS_KEY,
  withConfirmedMapping,
  writeSavedMappings,
} from '../../../src/features/local-import/saved-mappings';

const HEADER = ['Case Ref', 'Date Reported', 'Incident Type', 'Easting', 'Northing'];
const ecins = createColumnMapping(HEADER, {
  name: 'ECINS cases',
  source: 'Council ASB (ECINS)',
  columns: {
    reference: 'Case Ref',
    date: 'Date Reported',
    category: 'Incident Type',
    easting: 'Easting',
    northing: 'Northing',
  },
  dateFormat: 'auto',
});
const ecinsCodes = {
  name: 'ECINS codes',
  source: 'Council ASB (ECINS)',
  codes: { 'ASB - Noise': { category: 'asb-nuisance' } },
};

function memoryStorage(): KeyValueStorage & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return { data, getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v) };
}

describe('mappings saved in the browser', () => {
  it('survive a round trip through storage and are found again by the file header, in any column order', () => {
    const storage = memoryStorage();
    writeSavedMappings(storage, withConfirmedMapping(NO_MAPPINGS, ecins, ecinsCodes));
    const { mappings, problem } = readSavedMappings(storage);
    expect(problem).toBeNull();
    const found = findMappingForHeader(mappings.columnMappings, [...HEADER].reverse());
    expect(found?.name).toBe('ECINS cases');
    expect(found?.codeMapping).toBe('ECINS codes');
    expect(mappings.codeMappings[0]?.codes['ASB - Noise']).toEqual({ category: 'asb-nuisance' });
  });

  it('an empty browser has no mappings, and an unreadable stored value is reported, not used', () => {
    expect(readSavedMappings(memoryStorage()).mappings.columnMappings).toEqual([]);
    const storage = memoryStorage();
    storage.setItem(SAVED_MAPPINGS_KEY, '{"columnMappings": [{"name": 3}]}');
    const read = readSavedMappings(storage);
    expect(read.mappings.columnMappings).toEqual([]);
    expect(read.problem).toMatch(/could not be read/);
  });

  it('saving a mapping under an existing name replaces it, and the newest mapping wins for a header', () => {
    const first = withConfirmedMapping(NO_MAPPINGS, ecins, ecinsCodes);
    const edited = withConfirmedMapping(
      first,
      { ...ecins, source: 'Council ASB' },
      { ...ecinsCodes, source: 'Council ASB' },
    );
    expect(edited.columnMappings).toHaveLength(1);
    expect(edited.columnMappings[0]?.source).toBe('Council ASB');
    const other = { ...ecins, name: 'ECINS (second export)' };
    const both = mergeMappings(edited, localMappingsFile([other], []));
    expect(both.columnMappings.map((m) => m.name)).toEqual([
      'ECINS cases',
      'ECINS (second export)',
    ]);
    expect(findMappingForHeader(both.columnMappings, HEADER)?.name).toBe('ECINS (second export)');
  });
});
