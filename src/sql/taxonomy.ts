/**
 * The categories the tasking group is charged with. Ids are stable: the command line, saved
 * mappings and tasking records use them. Local extracts map their own codes to the finer ids.
 */
export interface Category {
  id: string;
  label: string;
  /** The broader category this one rolls up into (e.g. NSIR Personal ASB → ASB). */
  parent: string | null;
  colour: string;
}

export const CATEGORIES: readonly Category[] = [
  { id: 'asb', label: 'Anti-social behaviour', parent: null, colour: '#d62728' },
  { id: 'asb-personal', label: 'ASB – personal', parent: 'asb', colour: '#a50f15' },
  { id: 'asb-nuisance', label: 'ASB – nuisance', parent: 'asb', colour: '#ef3b2c' },
  { id: 'asb-environmental', label: 'ASB – environmental', parent: 'asb', colour: '#fc9272' },
  {
    id: 'criminal-damage-arson',
    label: 'Criminal damage and arson',
    parent: null,
    colour: '#ff7f0e',
  },
  {
    id: 'criminal-damage',
    label: 'Criminal damage',
    parent: 'criminal-damage-arson',
    colour: '#fd8d3c',
  },
  {
    id: 'arson-primary',
    label: 'Arson – primary',
    parent: 'criminal-damage-arson',
    colour: '#a63603',
  },
  {
    id: 'arson-secondary',
    label: 'Arson – secondary',
    parent: 'criminal-damage-arson',
    colour: '#e6550d',
  },
  { id: 'public-order', label: 'Public order', parent: null, colour: '#9467bd' },
  { id: 'hate-crime', label: 'Hate crime', parent: null, colour: '#8c564b' },
  { id: 'hate-incident', label: 'Hate incident', parent: null, colour: '#c49c94' },
  { id: 'cohesion', label: 'Community cohesion / tension', parent: null, colour: '#17becf' },
  { id: 'other-crime', label: 'Other crime', parent: null, colour: '#7f7f7f' },
];

/** police.uk street-level crime types → category ids. Types not listed here go to other crime. */
export const POLICE_UK_CRIME_TYPES: Readonly<Record<string, string>> = {
  'Anti-social behaviour': 'asb',
  'Criminal damage and arson': 'criminal-damage-arson',
  'Public order': 'public-order',
  'Bicycle theft': 'other-crime',
  Burglary: 'other-crime',
  Drugs: 'other-crime',
  'Other crime': 'other-crime',
  'Other theft': 'other-crime',
  'Possession of weapons': 'other-crime',
  Robbery: 'other-crime',
  Shoplifting: 'other-crime',
  'Theft from the person': 'other-crime',
  'Vehicle crime': 'other-crime',
  'Violence and sexual offences': 'other-crime',
  'Public disorder and weapons': 'other-crime',
  'Violent crime': 'other-crime',
};

export const FALLBACK_CATEGORY = 'other-crime';

/** The top-level category an id rolls up to (itself when it has no parent). */
export function topLevelCategory(id: string): string {
  return CATEGORIES.find((c) => c.id === id)?.parent ?? id;
}

export function categoryById(id: string): Category | undefined {
  return CATEGORIES.find((c) => c.id === id);
}
