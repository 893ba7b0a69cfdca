import type { LocationPoint } from './candidate-places';
import { isStreetName, streetName } from './candidate-places';

/** How a category is said in a sentence ("23 nuisance incidents"); unlisted ids are spelt out. */
export const CATEGORY_NOUNS: Readonly<Record<string, string>> = {
  asb: 'ASB',
  'asb-personal': 'personal ASB',
  'asb-nuisance': 'nuisance',
  'asb-environmental': 'environmental ASB',
  'criminal-damage-arson': 'criminal damage/arson',
  'criminal-damage': 'criminal damage',
  'arson-primary': 'primary arson',
  'arson-secondary': 'secondary arson',
  'public-order': 'public order',
  'hate-crime': 'hate crime',
  'hate-incident': 'hate',
  cohesion: 'community tension',
  'other-crime': 'other crime',
};

const nounOf = (id: string) => CATEGORY_NOUNS[id] ?? id.replaceAll('-', ' ');

/**
 * What a place's recent incidents are: the category holding two thirds or more of them, else
 * the parent they all share, else the two largest ("ASB and criminal damage").
 */
export function candidateNoun(
  mix: Readonly<Record<string, number>>,
  categoryIds: readonly string[],
  categoryParents: readonly (string | null)[],
): string {
  const entries = Object.entries(mix).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  const total = entries.reduce((n, [, c]) => n + c, 0);
  const [top, second] = entries;
  if (!top) return '';
  if (top[1] >= (2 / 3) * total) return nounOf(top[0]);
  const parentOf = (id: string) => categoryParents[categoryIds.indexOf(id)] ?? id;
  const parents = new Set(entries.map(([id]) => parentOf(id)));
  if (parents.size === 1) return nounOf([...parents][0] as string);
  return second ? `${nounOf(top[0])} and ${nounOf(second[0])}` : nounOf(top[0]);
}

/**
 * A cluster's name from the location texts of its incidents: the most frequent street name, and
 * the second when it holds at least a quarter as many ("Saltergate / Holywell Street"). Premises
 * types ("Supermarket") name it only when no street does; `fallback` when nothing does.
 */
export function clusterName(
  members: readonly number[],
  locationIndex: Int32Array,
  locationNames: readonly string[],
  fallback: () => string,
): string {
  const tally = new Map<string, number>();
  for (const i of members) {
    const at = locationIndex[i] as number;
    if (at < 0) continue;
    const name = streetName(locationNames[at] ?? '');
    if (name !== '') tally.set(name, (tally.get(name) ?? 0) + 1);
  }
  const ranked = [...tally.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  const streets = ranked.filter(([name]) => isStreetName(name));
  const named = streets.length > 0 ? streets : ranked;
  const [first, second] = named;
  if (!first) return fallback();
  return second && second[1] >= first[1] / 4 ? `${first[0]} / ${second[0]}` : first[0];
}

/** Street names within this distance name a premises-type location ("Supermarket near Cheapside"). */
const NEAR_METRES = 300;

/** A repeat location's name; a premises type is placed by the nearest street name around it. */
export function locationName(locations: readonly LocationPoint[], index: number): string {
  const here = locations[index];
  if (!here) return '';
  if (isStreetName(here.name)) return here.name;
  let best: LocationPoint | null = null;
  let bestDistance = NEAR_METRES;
  for (const other of locations) {
    if (!isStreetName(other.name)) continue;
    const d = Math.hypot(other.easting - here.easting, other.northing - here.northing);
    if (d <= bestDistance) {
      best = other;
      bestDistance = d;
    }
  }
  return best ? `${here.name} near ${best.name}` : here.name;
}
