/** police.uk names premises by type, not street: such a name is not a street. */
export const POLICE_UK_PREMISE_NAMES: ReadonlySet<string> = new Set([
  'Airport/Airfield',
  'Bus/Coach Station',
  'Conference/Exhibition Centre',
  'Further/Higher Educational Building',
  'Hospital',
  'Nightclub',
  'Parking Area',
  'Park/Open Space',
  'Pedestrian Subway',
  'Petrol Station',
  'Police Station',
  'Prison',
  'Shopping Area',
  'Sports/Recreation Area',
  'Supermarket',
  'Theatre/Concert Hall',
]);

/** Snap points of one street name further apart than this (through others) are separate streets. */
export const STREET_LINK_METRES = 400;

/**
 * "On or near Saltergate" → "Saltergate". police.uk title-cases its names letter-wise after an
 * apostrophe ("Alward'S Close", "St Mary'S Gate"): a possessive 's is put back in lower case.
 */
export function streetName(location: string): string {
  return location
    .replace(/^On or near /i, '')
    .replace(/(\p{L})['’]S\b/gu, "$1's")
    .trim();
}

/** A street name that names a street (not a premises type, not empty). */
export function isStreetName(name: string): boolean {
  return name !== '' && !POLICE_UK_PREMISE_NAMES.has(name);
}

/** One snap point with its location text: a repeat location. */
export interface LocationPoint {
  name: string;
  easting: number;
  northing: number;
}

/** The repeat locations and streets of the incidents, and which each incident belongs to. */
export interface LocationUnits {
  locations: LocationPoint[];
  /** Per incident: its location (−1 none or not selected). */
  locationOf: Int32Array;
  /** Per street: its name and its locations (two or more snap points). */
  streets: { name: string; locations: number[] }[];
  /** Per incident: its street (−1 none). */
  streetOf: Int32Array;
}

/**
 * Groups the selected incidents (`selected[i]` true) by snap point and location text into
 * repeat locations, and the points of one street name within {@link STREET_LINK_METRES} of each
 * other (single linkage) into streets. A street of one point is the repeat location already.
 */
export function locationUnits(
  eastings: Float64Array,
  northings: Float64Array,
  locationIndex: Int32Array,
  locationNames: readonly string[],
  selected: Uint8Array,
): LocationUnits {
  const locationOf = new Int32Array(eastings.length).fill(-1);
  const locations: LocationPoint[] = [];
  const names = locationNames.map(streetName);
  // Per location text, its snap points keyed by rounded easting·2²⁴ + northing (BNG < 2²⁴ m).
  const byText = new Map<number, Map<number, number>>();
  for (let i = 0; i < eastings.length; i++) {
    const text = locationIndex[i] as number;
    if (!selected[i] || text < 0) continue;
    const name = names[text] ?? '';
    if (name === '') continue;
    const e = Math.round(eastings[i] as number);
    const n = Math.round(northings[i] as number);
    let points = byText.get(text);
    if (!points) byText.set(text, (points = new Map()));
    const key = e * 2 ** 24 + n;
    let id = points.get(key);
    if (id === undefined) {
      id = locations.length;
      points.set(key, id);
      locations.push({ name, easting: e, northing: n });
    }
    locationOf[i] = id;
  }
  const streetOfLocation = streetsOf(locations);
  const streets: { name: string; locations: number[] }[] = [];
  const streetIds = new Map<number, number>();
  streetOfLocation.forEach((root, location) => {
    if (root < 0) return;
    let id = streetIds.get(root);
    if (id === undefined) {
      id = streets.length;
      streetIds.set(root, id);
      streets.push({ name: (locations[location] as LocationPoint).name, locations: [] });
    }
    streets[id]?.locations.push(location);
  });
  const keep = streets.map((s) => s.locations.length >= 2);
  const renumber = new Int32Array(streets.length).fill(-1);
  const kept: typeof streets = [];
  streets.forEach((s, i) => {
    if (keep[i]) renumber[i] = kept.push(s) - 1;
  });
  const streetOf = new Int32Array(eastings.length).fill(-1);
  for (let i = 0; i < eastings.length; i++) {
    const location = locationOf[i] as number;
    if (location < 0) continue;
    const root = streetOfLocation[location] as number;
    if (root >= 0) streetOf[i] = renumber[streetIds.get(root) as number] as number;
  }
  return { locations, locationOf, streets: kept, streetOf };
}

/** Union–find over same-name points within linking distance; −1 for premises names. */
function streetsOf(locations: readonly LocationPoint[]): Int32Array {
  const parent = new Int32Array(locations.length);
  for (let i = 0; i < parent.length; i++) parent[i] = i;
  const find = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i] as number] as number;
      i = parent[i] as number;
    }
    return i;
  };
  const size = STREET_LINK_METRES;
  // A street name as a number, so a bucket's key is arithmetic, not a string per lookup.
  const nameIds = new Map<string, number>();
  const nameOf = Int32Array.from(locations, (p) => {
    if (!isStreetName(p.name)) return -1;
    const known = nameIds.get(p.name);
    if (known !== undefined) return known;
    nameIds.set(p.name, nameIds.size);
    return nameIds.size - 1;
  });
  // BNG squares of 400 m: fewer than 4,096 columns and 8,192 rows.
  const key = (name: number, bx: number, by: number) => (name * 4096 + bx) * 8192 + by;
  const buckets = new Map<number, number[]>();
  locations.forEach((p, i) => {
    const name = nameOf[i] as number;
    if (name < 0) return;
    const k = key(name, Math.floor(p.easting / size), Math.floor(p.northing / size));
    const list = buckets.get(k);
    if (list) list.push(i);
    else buckets.set(k, [i]);
  });
  locations.forEach((p, i) => {
    const name = nameOf[i] as number;
    if (name < 0) return;
    const bx = Math.floor(p.easting / size);
    const by = Math.floor(p.northing / size);
    for (let dx = -1; dx <= 1; dx++) {
      for (let dy = -1; dy <= 1; dy++) {
        for (const j of buckets.get(key(name, bx + dx, by + dy)) ?? []) {
          if (j <= i) continue;
          const q = locations[j] as LocationPoint;
          if (Math.hypot(q.easting - p.easting, q.northing - p.northing) <= size)
            parent[find(j)] = find(i);
        }
      }
    }
  });
  return Int32Array.from(nameOf, (name, i) => (name < 0 ? -1 : find(i)));
}
