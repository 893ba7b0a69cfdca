/**
 * Builds the whole demo dataset in memory and writes it under an output folder:
 * policeuk/YYYY-MM/YYYY-MM-demo-street.csv, wards.geojson, lsoas.geojson, population.csv,
 * local/*.csv and truth.json. Same seed, same bytes, every run.
 */
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { buildAreas, type BoroughAreas } from './areas';
import { BOROUGH_SHORT_NAME, DATASET_SEED, FORCE_SLUG, demoMonths } from './borough';
import { csvLine } from './csv';
import { areasToGeoJson } from './geojson';
import { buildCouncilExtract } from './local-council';
import { buildFireExtract } from './local-fire';
import { buildPoliceExtract } from './local-police';
import { allPlantedCells } from './planted-patterns';
import { buildPoliceUkMonth } from './policeuk-months';
import { createRng } from './prng';
import { SnapIndex } from './snap-index';
import { buildSnapPoints } from './snap-points';
import { PLACE_LABELS } from './street-names';
import { buildTruth, type DemoTruth } from './truth';

/** What a run wrote. */
export interface GenerationResult {
  outDir: string;
  /** Paths written, relative to outDir, in write order. */
  files: string[];
  truth: DemoTruth;
}

/** Generates the dataset into `outDir` (created if missing; its policeuk/ and local/ are replaced). */
export async function generateDemoData(outDir: string): Promise<GenerationResult> {
  const root = createRng(DATASET_SEED);
  const months = demoMonths();
  const areas = buildAreas(root.fork('areas'));
  const snapPoints = buildSnapPoints(root.fork('snap-points'), areas.lsoaAt, allPlantedCells());
  const snaps = new SnapIndex(snapPoints);
  const places = new Set<string>(PLACE_LABELS);
  const streets = new SnapIndex(snapPoints.filter((p) => !places.has(p.place)));
  const streetNear = (e: number, n: number): string => streets.nearest(e, n).place;

  const outputs: { file: string; bytes: Uint8Array | string }[] = [];
  const policeUk = months.map((m) => {
    const month = buildPoliceUkMonth(root.fork(`policeuk:${m.label}`), m, areas, snaps);
    const file = `policeuk/${m.label}/${m.label}-${FORCE_SLUG}-street.csv`;
    outputs.push({ file, bytes: month.text });
    return { file, month };
  });
  const local = [
    buildCouncilExtract(root.fork('local:council'), months, areas, streetNear),
    buildFireExtract(root.fork('local:fire'), months),
    buildPoliceExtract(root.fork('local:police'), months, streetNear),
  ];
  for (const extract of local) outputs.push({ file: extract.summary.file, bytes: extract.bytes });
  outputs.push({ file: 'wards.geojson', bytes: areasToGeoJson(areas.wards) });
  outputs.push({
    file: 'lsoas.geojson',
    bytes: areasToGeoJson(areas.lsoas, (_, i) => ({
      ward: areas.wards[areas.lsoas[i]?.wardIndex ?? -1]?.code ?? '',
    })),
  });
  outputs.push({ file: 'population.csv', bytes: populationCsv(areas) });
  const truth = buildTruth(months, areas, snapPoints.length, policeUk, local);
  outputs.push({ file: 'truth.json', bytes: `${JSON.stringify(truth, null, 2)}\n` });

  await rm(join(outDir, 'policeuk'), { recursive: true, force: true });
  await rm(join(outDir, 'local'), { recursive: true, force: true });
  for (const { file, bytes } of outputs) {
    const path = join(outDir, file);
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, bytes);
  }
  return { outDir, files: outputs.map((o) => o.file), truth };
}

/** population.csv: the borough, then wards, then LSOAs. */
function populationCsv(areas: BoroughAreas): string {
  const total = areas.lsoas.reduce((sum, l) => sum + l.population, 0);
  const lines = [
    csvLine(['Area code', 'Area name', 'Area type', 'Population']),
    csvLine(['E07900001', `${BOROUGH_SHORT_NAME} (synthetic)`, 'borough', String(total)]),
    ...areas.wards.map((w) => csvLine([w.code, w.name, 'ward', String(w.population)])),
    ...areas.lsoas.map((l) => csvLine([l.code, l.name, 'lsoa', String(l.population)])),
  ];
  return `${lines.join('\n')}\n`;
}
