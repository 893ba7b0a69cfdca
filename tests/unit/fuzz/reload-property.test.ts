import { describe, expect, it } from 'vitest';
import type { DuckConnector } from '../../../src/db/connector';
import { initialiseDatabase } from '../../../src/db/init';
import { openNodeDuck } from '../../../src/db/node';
import type { InputFile } from '../../../src/ingest/input-file';
import { bytesInput } from '../../../src/ingest/input-file';
import { loadFiles } from '../../../src/ingest/load-files';
import { datasetSummary } from '../../../src/reports/dataset-summary';
import { POLICE_UK_CRIME_TYPES } from '../../../src/sql/taxonomy';
import { policeHeader, policeRecord, policeRow } from '../../../scripts/fuzz-corpus/police-file';
import type { PoliceRow } from '../../../scripts/fuzz-corpus/police-file';
import { Random } from '../../../scripts/fuzz-corpus/random';
import { zipBytes } from '../../../scripts/fuzz-corpus/zip-writer';

/** 10 in the suite (each trial opens a database and loads several files); more on request. */
const TRIALS = Number(process.env.RELOAD_PROPERTY_TRIALS ?? 10);
const FIRST_SEED = Number(process.env.RELOAD_PROPERTY_SEED ?? 7_000);
const CRIME_TYPES = Object.keys(POLICE_UK_CRIME_TYPES);

/** One force-month of police.uk rows: the unit a re-download replaces. */
interface ForceMonth {
  force: string;
  month: string;
  rows: PoliceRow[];
}

function forceMonths(random: Random): ForceMonth[] {
  const forces = ['Derbyshire Constabulary', 'Nottinghamshire Police', 'South Yorkshire Police'];
  const months = ['2024-01', '2024-02', '2024-03', '2024-04'];
  const chosen = random.shuffle(forces).slice(0, random.int(1, 3));
  return chosen.flatMap((force) =>
    random
      .shuffle(months)
      .slice(0, random.int(1, 3))
      .map((month) => ({
        force,
        month,
        rows: Array.from({ length: random.int(100, 250) }, () =>
          policeRow(force, month, {
            Longitude: random.next() < 0.05 ? '' : (-1.6 + random.next() * 0.4).toFixed(6),
            Latitude: (53.0 + random.next() * 0.4).toFixed(6),
            'Crime type': random.pick(CRIME_TYPES),
          }),
        ),
      })),
  );
}

/** A CSV of some force-months (as police.uk writes one, or as a re-download respells the force). */
function csvOf(random: Random, months: readonly ForceMonth[]): Uint8Array {
  const eol = random.pick(['\n', '\r\n']);
  const respell = (force: string): string =>
    random.pick([force, force.toUpperCase(), ` ${force.replace(' ', '  ')} `]);
  const lines = months.flatMap((fm) => {
    const force = respell(fm.force);
    return fm.rows.map(
      (r) => policeRecord({ ...r, 'Reported by': force, 'Falls within': force }).text,
    );
  });
  return new TextEncoder().encode([policeHeader(), ...lines].join(eol) + eol);
}

/**
 * The originals split and re-packed at random: files of one or more whole force-months (each
 * month in at least one file, some in several), some files zipped (a zip may hold several, a
 * file may sit in two zips), in a random order, each input loaded one to three times.
 */
function messyInputs(random: Random, originals: readonly ForceMonth[]): InputFile[] {
  const files: { name: string; bytes: Uint8Array }[] = [];
  originals.forEach((fm, i) => {
    const copies = random.int(1, 2);
    for (let c = 0; c < copies; c++) {
      const others = random.shuffle(originals.filter((o) => o !== fm)).slice(0, random.int(0, 2));
      files.push({
        name: `m${i}-copy${c}.csv`,
        bytes: csvOf(random, random.shuffle([fm, ...others])),
      });
    }
  });
  const inputs: InputFile[] = [];
  const zips = Array.from({ length: random.int(0, 3) }, () => [] as typeof files);
  for (const file of files) {
    const where = random.int(-1, zips.length - 1);
    if (where < 0) inputs.push(bytesInput(file.name, file.bytes));
    else (zips[where] as typeof files).push(file);
    if (zips.length > 1 && random.next() < 0.2) random.pick(zips).push(file);
  }
  zips.forEach((zip, i) => {
    if (zip.length === 0) return;
    const items = zip.map((f, j) => ({
      name: `${j}/${f.name}`,
      bytes: f.bytes,
      stored: random.next() < 0.3,
    }));
    inputs.push(bytesInput(`download-${i}.zip`, zipBytes(items)));
  });
  return random
    .shuffle(inputs)
    .flatMap((input) => Array.from({ length: random.next() < 0.3 ? 2 : 1 }, () => input));
}

async function freshDatabase(): Promise<DuckConnector> {
  return initialiseDatabase(await openNodeDuck());
}

async function totals(db: DuckConnector) {
  const s = await datasetSummary(db);
  return {
    incidents: s.totals.incidents,
    unlocated: s.totals.unlocated,
    byMonthCategory: s.byMonthCategory,
  };
}

/** What one clean load of the originals gives, month → category → incidents. */
function cleanTotals(originals: readonly ForceMonth[]) {
  const byMonthCategory: Record<string, Record<string, number>> = {};
  let unlocated = 0;
  for (const fm of originals)
    for (const row of fm.rows) {
      const category = POLICE_UK_CRIME_TYPES[row['Crime type']] ?? 'other-crime';
      const cells = (byMonthCategory[fm.month] ??= {});
      cells[category] = (cells[category] ?? 0) + 1;
      if (row.Longitude === '') unlocated++;
    }
  const incidents = originals.reduce((n, fm) => n + fm.rows.length, 0);
  return { incidents, unlocated, byMonthCategory };
}

describe('re-downloads replace, never double', () => {
  it('one clean load of the originals gives the totals counted from them', async () => {
    const originals = forceMonths(new Random(FIRST_SEED));
    const db = await freshDatabase();
    try {
      await loadFiles(
        db,
        originals.map((fm, i) => bytesInput(`original-${i}.csv`, csvOf(new Random(i), [fm]))),
      );
      expect(await totals(db)).toEqual(cleanTotals(originals));
    } finally {
      await db.close();
    }
  });

  it(`months split and re-zipped at random, loaded in any order and any number of times, give one clean load's totals (${TRIALS} seeded trials)`, async () => {
    for (let trial = 0; trial < TRIALS; trial++) {
      const seed = FIRST_SEED + trial;
      const random = new Random(seed);
      const originals = forceMonths(random);
      const db = await freshDatabase();
      try {
        const batch = await loadFiles(db, messyInputs(random, originals));
        const failing = `seed ${seed} (rerun with RELOAD_PROPERTY_SEED=${seed})`;
        expect(
          batch.files.filter((f) => f.error || f.rowsRejected > 0),
          failing,
        ).toEqual([]);
        expect(await totals(db), failing).toEqual(cleanTotals(originals));
      } finally {
        await db.close();
      }
    }
  }, 600_000);
});
