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
/** Past {@link NEAR_METRES}, the nearest street within this distance places it, with the distance. */
const FAR_METRES = 1500;

/**
 * Names repeat locations: a street name as it is; a premises type placed by the nearest street
 * name within {@link NEAR_METRES} ("Supermarket near Cheapside"), else by the nearest within
 * {@link FAR_METRES} and how far, to 50 m ("Supermarket 650 m from Cheapside"), so a chair can
 * tell which supermarket; alone only when no street is that near. Street points are bucketed once.
 */
export function locationNamer(locations: readonly LocationPoint[]): (index: number) => string {
  let buckets: Map<string, LocationPoint[]> | null = null;
  const bucketOf = (e: number, n: number) =>
    `${Math.floor(e / NEAR_METRES)},${Math.floor(n / NEAR_METRES)}`;
  const reach = Math.ceil(FAR_METRES / NEAR_METRES);
  return (index) => {
    const here = locations[index];
    if (!here) return '';
    if (isStreetName(here.name)) return here.name;
    if (!buckets) {
      buckets = new Map();
      for (const p of locations) {
        if (!isStreetName(p.name)) continue;
        const key = bucketOf(p.easting, p.northing);
        const list = buckets.get(key) ?? [];
        list.push(p);
        buckets.set(key, list);
      }
    }
    let best: LocationPoint | null = null;
    let bestDistance = FAR_METRES;
    const bx = Math.floor(here.easting / NEAR_METRES);
    const by = Math.floor(here.northing / NEAR_METRES);
    for (let dx = -reach; dx <= reach; dx++)
      for (let dy = -reach; dy <= reach; dy++)
        for (const other of buckets.get(`${bx + dx},${by + dy}`) ?? []) {
          const d = Math.hypot(other.easting - here.easting, other.northing - here.northing);
          if (d < bestDistance || (d === bestDistance && best && other.name < best.name)) {
            best = other;
            bestDistance = d;
          }
        }
    if (!best) return here.name;
    if (bestDistance < NEAR_METRES) return `${here.name} near ${best.name}`;
    return `${here.name} ${Math.round(bestDistance / 50) * 50} m from ${best.name}`;
  };
}
