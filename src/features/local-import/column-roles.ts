import type { ColumnRole } from '../../ingest/local/column-mapping';
import type { DateFormatChoice } from '../../ingest/local/date-format';

/** How each role is named on the form, in the order the form lists them. */
export const ROLE_LABELS: Record<ColumnRole, string> = {
  date: 'Date (and time)',
  time: 'Time (separate column)',
  category: 'Category / code',
  reference: 'Reference number',
  easting: 'Easting (BNG)',
  northing: 'Northing (BNG)',
  gridReference: 'Grid reference',
  longitude: 'Longitude',
  latitude: 'Latitude',
  location: 'Location / address',
  ward: 'Ward',
  lsoa: 'LSOA',
  sourceName: 'Source name (per row)',
};

export const DATE_FORMAT_LABELS: Record<DateFormatChoice, string> = {
  auto: 'Detect from the whole column when loading',
  'day-first': 'DD/MM/YYYY (UK, day first)',
  'month-first': 'MM/DD/YYYY (US, month first)',
  iso: 'YYYY-MM-DD (ISO)',
  'excel-serial': 'Excel serial numbers',
};

/**
 * What stops a column mapping from being used: the two required roles, coordinate pairs mapped
 * by halves, and a missing or reserved source name.
 */
export function columnMappingProblems(
  columns: Partial<Record<ColumnRole, string>>,
  name: string,
  source: string,
): string[] {
  const problems: string[] = [];
  if (!columns.date) problems.push('choose the date column');
  if (!columns.category) problems.push('choose the category / code column');
  if (Boolean(columns.easting) !== Boolean(columns.northing))
    problems.push('easting and northing go together');
  if (Boolean(columns.longitude) !== Boolean(columns.latitude))
    problems.push('longitude and latitude go together');
  if (name.trim() === '') problems.push('give the mapping a name');
  if (source.trim() === '') problems.push('give the source a name (e.g. Council ASB (ECINS))');
  if (source.trim().toLowerCase() === 'police.uk')
    problems.push('"police.uk" is reserved for the open data files');
  return problems;
}
