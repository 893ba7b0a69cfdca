import type { BngBounds } from '../../analytics/hotspots/robustExtent';
import { robustExtent } from '../../analytics/hotspots/robustExtent';
import { polygonContaining } from '../../analytics/hotspots/pointInPolygon';
import { studyAreaPolygons } from '../hotspots/bng-polygons';
import type { StudyAreaInput } from '../hotspots/study-area';

/**
 * Incidents of the recent and baseline windows that lie outside the study area and were left
 * out of the candidates, with the places (snap points) they were at: said in the app and the
 * pack, never dropped silently.
 */
export interface OutsideStudyArea {
  /** 'boundaries': outside the union of the loaded boundaries; 'extent': robust-extent strays. */
  basis: 'boundaries' | 'extent';
  /** Incidents of the recent and baseline windows left out. */
  incidents: number;
  /** Of them, in the recent window. */
  recentIncidents: number;
  /** Distinct places (police.uk snap points or located addresses) they were at. */
  places: number;
  /** The places with the most recent incidents left out, e.g. { name: 'Nottingham', recent: 24 }. */
  top: { name: string; recent: number }[];
}

/** Which of the points lie in the study area, and the extent the grid is then drawn over. */
export interface StudyAreaMembership {
  /** 1 inside, 0 outside, aligned with the points given. */
  inside: Uint8Array;
  basis: OutsideStudyArea['basis'];
  /** Without boundaries, the robust extent of the points: the grid's bounds. */
  bounds: BngBounds | null;
}

/**
 * Whether each point lies in the study area: inside the union of the loaded boundaries (exact
 * even–odd test, once per distinct coordinate: police.uk snaps incidents to a few thousand points),
 * or, with no boundaries, inside the robust extent the hotspot grid uses (strays such as a snap
 * point in the next force's city are out).
 */
export function studyAreaMembership(
  eastings: Float64Array,
  northings: Float64Array,
  studyArea: StudyAreaInput | null,
): StudyAreaMembership {
  if (!studyArea) {
    const extent = robustExtent(eastings, northings);
    return { inside: extent.kept, basis: 'extent', bounds: extent.bounds };
  }
  const polygons = studyAreaPolygons(studyArea);
  const inside = new Uint8Array(eastings.length);
  const known = new Map<string, number>();
  for (let i = 0; i < eastings.length; i++) {
    const e = eastings[i] as number;
    const n = northings[i] as number;
    const key = `${e},${n}`;
    let answer = known.get(key);
    if (answer === undefined) {
      answer = polygonContaining(polygons, e, n) >= 0 ? 1 : 0;
      known.set(key, answer);
    }
    inside[i] = answer;
  }
  return { inside, basis: 'boundaries', bounds: null };
}

/** How many of the top places left out are named. */
const TOP_PLACES = 3;

/**
 * Tallies the points left out: `window[i]` is 1 recent, 2 baseline, 0 neither; a place is a
 * distinct coordinate, named by its location text without police.uk's "On or near".
 */
export function outsideStudyArea(
  membership: StudyAreaMembership,
  eastings: Float64Array,
  northings: Float64Array,
  window: Uint8Array,
  locationIndex: Int32Array,
  locationNames: readonly string[],
  recent: number,
): OutsideStudyArea {
  const places = new Map<string, { name: string; recent: number }>();
  let incidents = 0;
  let recentIncidents = 0;
  for (let i = 0; i < membership.inside.length; i++) {
    if (membership.inside[i] === 1 || window[i] === 0) continue;
    incidents++;
    const isRecent = window[i] === recent;
    if (isRecent) recentIncidents++;
    const key = `${eastings[i]},${northings[i]}`;
    let place = places.get(key);
    if (!place) {
      const text = locationNames[locationIndex[i] as number] ?? '';
      place = { name: text.replace(/^on or near /i, '') || `(${key})`, recent: 0 };
      places.set(key, place);
    }
    if (isRecent) place.recent++;
  }
  const top = [...places.values()]
    .filter((p) => p.recent > 0)
    .sort((a, b) => b.recent - a.recent || a.name.localeCompare(b.name))
    .slice(0, TOP_PLACES);
  return { basis: membership.basis, incidents, recentIncidents, places: places.size, top };
}

/**
 * The places left out, in words for the app, the pack and the command line: "Left out as outside
 * the study area (wards_E07000034): 1,958 incidents of the recent and baseline months at 1,167
 * places, 512 of them in the recent months; most at Nottingham (24), …". Null when none.
 */
export function outsideStudyAreaText(
  outside: OutsideStudyArea | null,
  areaLabel: string | null,
): string | null {
  if (!outside || outside.incidents === 0) return null;
  const count = (n: number) => n.toLocaleString('en-GB');
  const what =
    outside.basis === 'boundaries'
      ? `outside the study area (${areaLabel ?? 'the loaded boundaries'})`
      : 'far outside where the rest of the data lies (no boundaries are loaded to set a study area)';
  const top = outside.top.map((p) => `${p.name} (${count(p.recent)})`).join(', ');
  return (
    `Left out of the candidates as ${what}: ${count(outside.incidents)} incident` +
    `${outside.incidents === 1 ? '' : 's'} of the recent and baseline months at ` +
    `${count(outside.places)} place${outside.places === 1 ? '' : 's'}, ` +
    `${count(outside.recentIncidents)} of them in the recent months` +
    (top ? `; most at ${top}.` : '.')
  );
}
