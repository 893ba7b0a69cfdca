import { monthIndex } from '../../analytics/months';
import { pointInMultiPolygon } from '../../analytics/tasking/pointInMultiPolygon';
import { boundaryDistance } from '../../analytics/tasking/boundaryDistance';
import { boundingBox, boxContains, expandBox } from '../../analytics/tasking/boundingBox';
import type { BngBox } from '../../analytics/tasking/bngShapes';
import { polygonContaining } from '../../analytics/hotspots/pointInPolygon';
import type { DuckConnector } from '../../db/connector';
import type { IncidentFilter } from '../../sql/filters';
import { coveredMonthsSql } from '../../sql/hotspots';
import type { BngBoxBounds } from '../../sql/tasking';
import { locatedMonthlyCountsSql, locatedPointCountsSql } from '../../sql/tasking';
import type { TargetBeforeAfter } from '../../tasking/before-after';
import { beforeAfterPeriods, buildTargetBeforeAfter } from '../../tasking/before-after-record';
import type { MonthId, Target } from '../../tasking/tasking-state';
import { polygonsBounds, studyAreaPolygons } from '../hotspots/bng-polygons';
import type { StudyAreaInput } from '../hotspots/study-area';

/** Options of {@link targetsBeforeAfterReport}. */
export interface BeforeAfterOptions {
  /** The meeting month: the after period runs to it (or to the last month with data before it). */
  meetingMonth: MonthId;
  /** Width of the buffer ring around each target (settings.bufferMetres). */
  bufferMetres: number;
  /** Categories, sources…; its months are replaced by the periods each record needs. */
  filter?: IncidentFilter;
  /** Boundaries as the control area; without them the control is every other located incident. */
  studyArea?: StudyAreaInput | null;
}

interface PointRow extends Record<string, string | number | null> {
  easting: number;
  northing: number;
  month: string;
  count: number;
}

type Counts = Map<MonthId, number>;
interface ZoneMonthly {
  target: Counts;
  buffer: Counts;
  control: Counts;
}

function add(counts: Counts, month: MonthId, n: number): void {
  counts.set(month, (counts.get(month) ?? 0) + n);
}

const toBounds = (box: BngBox): BngBoxBounds => ({
  minE: box[0],
  minN: box[1],
  maxE: box[2],
  maxN: box[3],
});

/**
 * Before/after records of many targets with three queries in all: the months with data, the
 * located incidents in every target's box grown by the buffer (grouped by map point and month),
 * and the control totals by month. Each point is classified here: in the target (inside its
 * geometry), in the buffer (outside it but within `bufferMetres` of its boundary); the control
 * is every other located incident of the filter (inside the study area when one is given).
 * Months without data are left out of both periods, never counted as zero.
 */
export async function targetsBeforeAfterReport(
  db: DuckConnector,
  targets: readonly Target[],
  options: BeforeAfterOptions,
): Promise<TargetBeforeAfter[]> {
  const { meetingMonth, bufferMetres } = options;
  const filter = options.filter ?? {};
  const coveredRows = await db.query<{ month: string }>(
    coveredMonthsSql({ ...filter, fromMonth: null, toMonth: meetingMonth }),
  );
  const covered = coveredRows.map((r) => r.month);
  const empty = (): ZoneMonthly => ({ target: new Map(), buffer: new Map(), control: new Map() });
  const build = (target: Target, counts: ZoneMonthly) =>
    buildTargetBeforeAfter({
      targetId: target.id,
      taskedMonth: target.taskedMonth,
      meetingMonth,
      coveredMonths: covered,
      counts,
      bufferMetres,
    });

  const compared = targets.filter((t) => {
    if (t.taskedMonth === null) return false;
    const periods = beforeAfterPeriods(t.taskedMonth, meetingMonth, covered);
    return periods.after.length > 0;
  });
  if (compared.length === 0) return targets.map((t) => build(t, empty()));

  const firstMonth = compared
    .map((t) => beforeAfterPeriods(t.taskedMonth as MonthId, meetingMonth, covered))
    .map((p) => p.before[0] ?? (p.after[0] as MonthId))
    .reduce((a, b) => (monthIndex(a) <= monthIndex(b) ? a : b));
  const window: IncidentFilter = { ...filter, fromMonth: firstMonth, toMonth: meetingMonth };
  const boxes = compared.map((t) => expandBox(boundingBox(t.geometry), bufferMetres));
  const points = await db.query<PointRow>(locatedPointCountsSql(window, boxes.map(toBounds)));

  const study = options.studyArea ? studyAreaPolygons(options.studyArea) : null;
  const inStudy = (e: number, n: number) => !study || polygonContaining(study, e, n) >= 0;
  const total: Counts = new Map();
  if (study) {
    const b = polygonsBounds(study);
    const box = {
      minE: b.minEasting,
      minN: b.minNorthing,
      maxE: b.maxEasting,
      maxN: b.maxNorthing,
    };
    for (const row of await db.query<PointRow>(locatedPointCountsSql(window, [box])))
      if (inStudy(row.easting, row.northing)) add(total, row.month, row.count);
  } else {
    for (const row of await db.query<{ month: string; count: number }>(
      locatedMonthlyCountsSql(window),
    ))
      add(total, row.month, row.count);
  }

  const records = new Map<string, TargetBeforeAfter>();
  compared.forEach((target, k) => {
    const box = boxes[k] as BngBox;
    const counts: ZoneMonthly = { target: new Map(), buffer: new Map(), control: new Map(total) };
    for (const { easting, northing, month, count } of points) {
      if (!boxContains(box, easting, northing)) continue;
      const zone = pointInMultiPolygon(target.geometry, easting, northing)
        ? counts.target
        : boundaryDistance(target.geometry, easting, northing) <= bufferMetres
          ? counts.buffer
          : null;
      if (!zone) continue;
      add(zone, month, count);
      if (inStudy(easting, northing)) add(counts.control, month, -count);
    }
    records.set(target.id, build(target, counts));
  });
  return targets.map((t) => records.get(t.id) ?? build(t, empty()));
}

/** The before/after record of one target (see {@link targetsBeforeAfterReport}). */
export async function targetBeforeAfterReport(
  db: DuckConnector,
  target: Target,
  options: BeforeAfterOptions,
): Promise<TargetBeforeAfter> {
  const [record] = await targetsBeforeAfterReport(db, [target], options);
  return record as TargetBeforeAfter;
}
