/** The police.uk street-level columns, keyed by the name the loader uses in SQL. */
export const POLICE_UK_COLUMNS = {
  crimeId: 'Crime ID',
  month: 'Month',
  reportedBy: 'Reported by',
  fallsWithin: 'Falls within',
  longitude: 'Longitude',
  latitude: 'Latitude',
  location: 'Location',
  lsoaCode: 'LSOA code',
  lsoaName: 'LSOA name',
  crimeType: 'Crime type',
  outcome: 'Last outcome category',
  context: 'Context',
} as const;

export type PoliceUkColumn = keyof typeof POLICE_UK_COLUMNS;
