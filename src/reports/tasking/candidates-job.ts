import { cellIndexOf } from '../../analytics/hotspots/cellGrid';
import { sparseEmergingPatterns } from '../../analytics/hotspots/sparseEmergingPatterns';
import type { SparseCounts } from '../../analytics/hotspots/sparseGiStar';
import {
  sparseCountsByGroup,
  sparseGiStarClasses,
  sparseGridFrame,
} from '../../analytics/hotspots/sparseGiStar';
import { monthIndex } from '../../analytics/months';
import { candidateScore } from '../../analytics/tasking/candidateScore';
import { candidateSentence } from '../../analytics/tasking/candidateSentence';
import type { GiStarCluster } from '../../analytics/tasking/giStarClusters';
import { giStarClusters } from '../../analytics/tasking/giStarClusters';
import { harmWeightsOf } from '../../analytics/tasking/harmWeights';
import type { Candidate } from '../../tasking/candidate';
import { hotspotGrid } from '../hotspots/hotspot-grid';
import { TREND_ALPHA } from '../hotspots/hotspot-params';
import { monthSteps } from '../hotspots/space-time-patterns';
import type { PlaceEvidence } from './candidate-evidence';
import { BASELINE, placeEvidence, RECENT } from './candidate-evidence';
import { cellsGeometry, geometryBox, pointsGeometry } from './candidate-geometry';
import { candidateNoun, clusterName, locationNamer } from './candidate-names';
import type { LocationUnits } from './candidate-places';
import { locationUnits, POLICE_UK_PREMISE_NAMES } from './candidate-places';
import type { OutsideStudyArea, StudyAreaMembership } from './candidate-study-area';
import { outsideStudyArea, studyAreaMembership } from './candidate-study-area';
import type { CandidateWindows } from './candidate-windows';
import { candidateWindows } from './candidate-windows';
import type { CandidatesJob, CandidatesJobResult } from './candidates-job-types';

/** Space-time patterns look back over at most this many months with data (police.uk's 3 years). */
export const SPACE_TIME_MONTHS = 36;
/**
 * Cell size when the job is given none: tasking targets are streets and estates, and a
 * quarter-kilometre square is about one (the hotspot map's data-driven size grows with the
 * extent: 2.5 km over a whole force, which would merge a town centre into one place).
 */
export const CANDIDATE_CELL_SIZE = 250;
/** Gi* class a cell needs to join a cluster (2 = hot at 95%). */
export const CLUSTER_MIN_CLASS = 2;
/**
 * Largest hotspot cluster, in m² (1 km²: 16 cells at 250 m). Touching hot cells chain across a
 * whole city centre (2,121 incidents in one "place" on Derby's, 2025); a tasking target is a
 * place a partner can patrol on foot, a few streets or an estate, and about a kilometre square is
 * a beat an officer or warden covers in a shift. A larger cluster is split around its peaks.
 */
export const MAX_CLUSTER_AREA = 1_000_000;
/** A split cluster's part reaches at most this far from its peak (2 cells at 250 m: 1.25 km across). */
export const MAX_CLUSTER_REACH = 500;
/** A lower candidate sharing at least this share of its recent incidents with a higher one is folded in. */
export const OVERLAP_SHARE = 0.5;

type Kind = Candidate['kind'];

interface Place {
  kind: Kind;
  /** Index into the kind's list (cluster, location, street or area). */
  index: number;
  members: number[];
  evidence: PlaceEvidence;
  score: number;
  includes: string[];
}

/**
 * The candidates of a meeting month (pure; the candidates worker runs it, so can the CLI, a
 * test or a benchmark): incidents → windows → grid, Gi* on the recent counts and the
 * space-time patterns → places (clusters of hot cells, repeat locations, streets, areas) with
 * at least `minCount` recent incidents → evidence and score → overlapping places folded into
 * the higher one → the top `candidateCount` and as many again, named, drawn and described.
 */
export function runCandidatesJob(job: CandidatesJob): CandidatesJobResult {
  const started = performance.now();
  const { settings } = job;
  const windows = candidateWindows(
    job.coveredMonths,
    job.meetingMonth,
    settings.recentMonths,
    settings.baselineMonths,
  );
  if (!windows) return emptyResult(job, started);

  const steps = job.coveredMonths.filter((m) => m <= windows.dataMonth).sort();
  const stepMonths = [...new Set(steps)].slice(-SPACE_TIME_MONTHS);
  const firstStep = monthIndex(stepMonths[0] as string);
  const last = monthIndex(windows.dataMonth);
  const recentFrom = monthIndex(windows.recentWindow[0] as string);
  const baselineFrom = monthIndex(windows.baselineWindow[0] ?? windows.dataMonth);
  const windowOf = (m: number) => (m >= recentFrom ? RECENT : m >= baselineFrom ? BASELINE : 0);
  const located: number[] = [];
  for (let i = 0; i < job.eastings.length; i++) {
    const m = job.monthIndex[i] as number;
    if (m < Math.min(firstStep, baselineFrom) || m > last) continue;
    if (!Number.isFinite(job.eastings[i]) || !Number.isFinite(job.northings[i])) continue;
    located.push(i);
  }
  // Places outside the study area (a snap point in the next force's city) are no candidates.
  const area = locatedInStudyArea(job, located, windowOf);
  const keep = located.filter((_, k) => area.membership.inside[k] === 1);
  const pick = <T extends Float64Array | Int32Array>(a: T, make: (n: number) => T): T => {
    const out = make(keep.length);
    keep.forEach((from, to) => (out[to] = a[from] as number));
    return out;
  };
  const eastings = pick(job.eastings, (n) => new Float64Array(n));
  const northings = pick(job.northings, (n) => new Float64Array(n));
  const months = pick(job.monthIndex, (n) => new Int32Array(n));
  const categoryIndex = pick(job.categoryIndex, (n) => new Int32Array(n));
  const locationIndex = pick(job.locationIndex, (n) => new Int32Array(n));
  const areaIndex = job.areaIndex ? pick(job.areaIndex, (n) => new Int32Array(n)) : null;

  const window = new Uint8Array(keep.length);
  for (let i = 0; i < keep.length; i++) {
    const m = months[i] as number;
    window[i] = windowOf(m);
  }

  const { grid } = hotspotGrid(
    eastings,
    northings,
    job.cellSize ?? CANDIDATE_CELL_SIZE,
    job.studyArea ?? null,
    area.membership.bounds,
  );
  const cellOf = new Int32Array(keep.length);
  const recentGroup = new Int32Array(keep.length);
  for (let i = 0; i < keep.length; i++) {
    cellOf[i] = cellIndexOf(grid, eastings[i] as number, northings[i] as number);
    recentGroup[i] = window[i] === RECENT ? 0 : -1;
  }
  const fdr = job.fdr ?? true;
  // Gi* and the space-time patterns worked out near the incidents only (the same figures as
  // the dense giStar and emergingHotspots): a force's grid is half a million cells, most empty.
  const frame = sparseGridFrame(grid);
  const [recentCounts] = sparseCountsByGroup(cellOf, recentGroup, 1);
  const gi = sparseGiStarClasses(frame, recentCounts as SparseCounts, fdr);
  const time = monthSteps(
    stepMonths,
    months.map((m) => (m >= firstStep ? m : -1)),
  );
  const patternOf = sparseEmergingPatterns(
    frame,
    sparseCountsByGroup(cellOf, time.stepOfPoint, time.steps.length),
    { alpha: 0.05, fdr, trendAlpha: TREND_ALPHA, trendOnlyWhereNeeded: true },
  );
  const clusters = giStarClusters(gi.classes, gi.z, grid.nx, grid.ny, {
    minClass: CLUSTER_MIN_CLASS,
    maxCells: Math.max(
      1,
      Math.round((job.maxClusterArea ?? MAX_CLUSTER_AREA) / grid.cellSize ** 2),
    ),
    maxReach: Math.floor(MAX_CLUSTER_REACH / grid.cellSize),
  });
  const clusterOfCell = new Int32Array(grid.counts.length).fill(-1);
  clusters.forEach((c, id) => c.cells.forEach((cell) => (clusterOfCell[cell] = id)));

  const selected = window.map((w) => (w === 0 ? 0 : 1));
  const units = locationUnits(eastings, northings, locationIndex, job.locationNames, selected);
  const membership: Record<Kind, Int32Array> = {
    'hotspot-cluster': cellOf.map((cell) => (cell >= 0 ? (clusterOfCell[cell] as number) : -1)),
    'repeat-location': units.locationOf,
    street: units.streetOf,
    area: areaIndex ?? new Int32Array(keep.length).fill(-1),
  };

  const weights = harmWeightsOf(job.categoryIds, settings, (id) => {
    const at = job.categoryIds.indexOf(id);
    return at >= 0 ? job.categoryParents[at] : null;
  });
  const context = {
    windows,
    window,
    monthIndex: months,
    categoryIndex,
    categoryIds: job.categoryIds,
    weights,
    cellOf,
    giClasses: gi.classes,
    patternOf,
  };
  const places: Place[] = [];
  for (const kind of Object.keys(membership) as Kind[]) {
    for (const [index, members] of groupMembers(membership[kind], window, settings.minCount)) {
      const confidence =
        kind === 'hotspot-cluster' ? (clusters[index] as GiStarCluster).confidence : null;
      const evidence = placeEvidence(members, context, confidence);
      if (kind === 'area' && !areaIsMoving(evidence)) continue;
      const { score } = candidateScore({
        harmWeighted: evidence.recent.harmWeighted,
        recentMonths: windows.recent.length,
        giConfidence: evidence.giConfidence,
        spaceTime: evidence.spaceTime,
        exceedance: evidence.exceedance,
        changeLower: evidence.change?.lower ?? null,
      });
      places.push({ kind, index, members, evidence, score, includes: [] });
    }
  }
  places.sort((a, b) => b.score - a.score || b.evidence.recent.count - a.evidence.recent.count);

  const wanted = settings.candidateCount * 2;
  const names = { locationName: locationNamer(units.locations), cache: new Map<Place, string>() };
  const nameOf = (place: Place) => {
    const known = names.cache.get(place);
    if (known !== undefined) return known;
    const name = placeName(place, clusters, units, job, grid, locationIndex, names.locationName);
    names.cache.set(place, name);
    return name;
  };
  const shown = foldOverlaps(places, membership, window, wanted, nameOf);
  const candidates = shown.map((place, rank) =>
    toCandidate(place, rank + 1, windows, job, {
      name: nameOf(place),
      onePoint: place.kind === 'hotspot-cluster' && atOnePoint(place.members, units.locationOf),
      geometry: placeGeometry(place, clusters, units, job, grid),
      categoryNoun: candidateNoun(place.evidence.categoryMix, job.categoryIds, job.categoryParents),
    }),
  );
  return {
    meetingMonth: job.meetingMonth,
    dataMonth: windows.dataMonth,
    recentMonths: windows.recent,
    baselineMonths: windows.baseline,
    missingMonths: windows.missing,
    cellSize: grid.cellSize,
    candidates,
    outsideStudyArea: area.outside,
    placesConsidered: places.length,
    elapsedMs: performance.now() - started,
  };
}

/** Which located incidents lie in the study area, and a tally of those that do not. */
function locatedInStudyArea(
  job: CandidatesJob,
  located: readonly number[],
  windowOf: (month: number) => number,
): { membership: StudyAreaMembership; outside: OutsideStudyArea } {
  const n = located.length;
  const [eastings, northings] = [new Float64Array(n), new Float64Array(n)];
  const [windows, locations] = [new Uint8Array(n), new Int32Array(n)];
  for (let k = 0; k < n; k++) {
    const i = located[k] as number;
    eastings[k] = job.eastings[i] as number;
    northings[k] = job.northings[i] as number;
    windows[k] = windowOf(job.monthIndex[i] as number);
    locations[k] = job.locationIndex[i] as number;
  }
  const membership = studyAreaMembership(eastings, northings, job.studyArea ?? null);
  const outside = outsideStudyArea(
    membership,
    eastings,
    northings,
    windows,
    locations,
    job.locationNames,
    RECENT,
  );
  return { membership, outside };
}

/**
 * An area (ward, LSOA) is proposed only when something is happening in it: a rise whose exact
 * 95% interval lies above 1, or an upward XmR signal in the data month. Its volume alone would
 * put every busy ward above the streets and hotspots that can actually be tasked.
 */
function areaIsMoving(evidence: PlaceEvidence): boolean {
  return (evidence.change?.lower ?? 0) > 1 || evidence.exceedance;
}

/** A cluster with at least this share of its located incidents at one snap point is that point. */
const ONE_POINT_SHARE = 0.8;

/**
 * Whether a place's located incidents lie (at least {@link ONE_POINT_SHARE}) at one snap point:
 * its name is then that point's police.uk label, which may be a town ("Nottingham") rather than
 * a street, and the sentence says so.
 */
function atOnePoint(members: readonly number[], locationOf: Int32Array): boolean {
  const tally = new Map<number, number>();
  let located = 0;
  for (const i of members) {
    const at = locationOf[i] as number;
    if (at < 0) continue;
    located++;
    tally.set(at, (tally.get(at) ?? 0) + 1);
  }
  return located > 0 && Math.max(...tally.values()) >= ONE_POINT_SHARE * located;
}

/** Members (window incidents) of every place whose recent count reaches `minCount`. */
function groupMembers(of: Int32Array, window: Uint8Array, minCount: number): Map<number, number[]> {
  const recent = new Map<number, number>();
  for (let i = 0; i < of.length; i++) {
    const id = of[i] as number;
    if (id >= 0 && window[i] === RECENT) recent.set(id, (recent.get(id) ?? 0) + 1);
  }
  const groups = new Map<number, number[]>();
  for (const [id, count] of recent) if (count >= Math.max(1, minCount)) groups.set(id, []);
  for (let i = 0; i < of.length; i++) {
    const id = of[i] as number;
    if (id >= 0 && window[i] !== 0) groups.get(id)?.push(i);
  }
  return groups;
}

/**
 * Walks the places best first and keeps up to `wanted`; a place whose recent incidents lie at
 * least {@link OVERLAP_SHARE} inside a kept place is folded into it and named there instead
 * (a street inside a cluster), whether or not it would have been shown. An area folds only with a place of about its own extent (both
 * ways), so a ward never swallows the hotspot inside it.
 */
function foldOverlaps(
  places: readonly Place[],
  membership: Record<Kind, Int32Array>,
  window: Uint8Array,
  wanted: number,
  nameOf: (place: Place) => string,
): Place[] {
  const kept: Place[] = [];
  for (const place of places) {
    const recent = place.members.filter((i) => window[i] === RECENT);
    const host = kept.find((other) => {
      if (other.kind === place.kind) return false;
      const of = membership[other.kind];
      let shared = 0;
      for (const i of recent) if (of[i] === other.index) shared++;
      const inside = shared >= OVERLAP_SHARE * recent.length;
      if (place.kind !== 'area' && other.kind !== 'area') return inside;
      return inside && shared >= OVERLAP_SHARE * other.evidence.recent.count;
    });
    if (host) {
      const name = nameOf(place);
      if (!nameOf(host).split(' / ').includes(name)) host.includes.push(name);
    } else if (kept.length < wanted) kept.push(place);
  }
  return kept;
}

function placeName(
  place: Place,
  clusters: readonly GiStarCluster[],
  units: LocationUnits,
  job: CandidatesJob,
  grid: { nx: number; x0: number; y0: number },
  locationIndex: Int32Array,
  locationName: (index: number) => string,
): string {
  switch (place.kind) {
    case 'hotspot-cluster':
      return clusterName(place.members, locationIndex, job.locationNames, () => {
        const peak = (clusters[place.index] as GiStarCluster).cells[0] as number;
        const col = peak % grid.nx;
        return `grid cell ${grid.x0 + col},${grid.y0 + (peak - col) / grid.nx}`;
      });
    case 'repeat-location':
      return locationName(place.index);
    case 'street':
      return units.streets[place.index]?.name ?? '';
    case 'area':
      return job.areas?.[place.index]?.name ?? '';
  }
}

function placeGeometry(
  place: Place,
  clusters: readonly GiStarCluster[],
  units: LocationUnits,
  job: CandidatesJob,
  grid: Parameters<typeof cellsGeometry>[0],
): Candidate['geometry'] {
  switch (place.kind) {
    case 'hotspot-cluster':
      return cellsGeometry(grid, (clusters[place.index] as GiStarCluster).cells);
    case 'repeat-location':
      return pointsGeometry([units.locations[place.index] as LocationUnits['locations'][number]]);
    case 'street':
      return pointsGeometry(
        (units.streets[place.index]?.locations ?? []).map(
          (l) => units.locations[l] as LocationUnits['locations'][number],
        ),
      );
    case 'area':
      return job.areas?.[place.index]?.geometry ?? [];
  }
}

function placeId(
  place: Place,
  job: CandidatesJob,
  name: string,
  geometry: Candidate['geometry'],
): string {
  if (place.kind === 'area') return `area:${job.areas?.[place.index]?.code ?? name}`;
  const [e, n] = geometry[0]?.[0]?.[0] ?? [0, 0];
  return `${place.kind === 'hotspot-cluster' ? 'cluster' : place.kind}:${name}@${Math.round(e)},${Math.round(n)}`;
}

function toCandidate(
  place: Place,
  rank: number,
  windows: CandidateWindows,
  job: CandidatesJob,
  described: {
    name: string;
    onePoint: boolean;
    geometry: Candidate['geometry'];
    categoryNoun: string;
  },
): Candidate {
  const { evidence } = place;
  const window = (count: number, months: readonly string[], all: readonly string[]) => ({
    count,
    monthsWithData: months.length,
    windowMonths: all.length,
    missing: all.filter((m) => !months.includes(m)),
  });
  const sentence = candidateSentence({
    kind: place.kind,
    name: described.onePoint
      ? `around the point police.uk calls ${described.name}`
      : sentenceName(place.kind, described.name),
    spaceTime: evidence.spaceTime,
    noun: described.categoryNoun,
    recent: window(evidence.recent.count, windows.recent, windows.recentWindow),
    baseline: window(evidence.baseline.count, windows.baseline, windows.baselineWindow),
    change: evidence.change,
    giConfidence: evidence.giConfidence,
    exceedance: evidence.exceedance,
    dataMonth: windows.dataMonth,
    includes: place.includes,
  });
  return {
    id: placeId(place, job, described.name, described.geometry),
    kind: place.kind,
    name: place.kind === 'hotspot-cluster' ? `around ${described.name}` : described.name,
    geometry: described.geometry,
    box: geometryBox(described.geometry),
    rank,
    score: place.score,
    recent: { months: windows.recent, ...evidence.recent },
    baseline: { months: windows.baseline, ...evidence.baseline },
    change: evidence.change,
    giConfidence: evidence.giConfidence,
    spaceTime: evidence.spaceTime as Candidate['spaceTime'],
    exceedance: evidence.exceedance,
    categoryMix: evidence.categoryMix,
    monthly: evidence.monthly,
    sentence,
    targetId: null,
  };
}

/**
 * The place as the sentence names it: "around X", "on or near X", "at a supermarket near X",
 * "at a supermarket 650 m from X".
 */
function sentenceName(kind: Candidate['kind'], name: string): string {
  if (kind === 'hotspot-cluster') return `around ${name}`;
  if (kind !== 'repeat-location') return name;
  const premises = /^(.*?) ((?:near|\d+ m from) .*)$/.exec(name);
  if (premises && POLICE_UK_PREMISE_NAMES.has(premises[1] as string))
    return `at a ${(premises[1] as string).toLowerCase()} ${premises[2] as string}`;
  return POLICE_UK_PREMISE_NAMES.has(name) ? `at a ${name.toLowerCase()}` : `on or near ${name}`;
}

function emptyResult(job: CandidatesJob, started: number): CandidatesJobResult {
  return {
    meetingMonth: job.meetingMonth,
    dataMonth: null,
    recentMonths: [],
    baselineMonths: [],
    missingMonths: [],
    cellSize: job.cellSize ?? CANDIDATE_CELL_SIZE,
    candidates: [],
    outsideStudyArea: null,
    placesConsidered: 0,
    elapsedMs: performance.now() - started,
  };
}
