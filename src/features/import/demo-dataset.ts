import type { InputFile } from '../../ingest/input-file';
import { blobInput } from '../../ingest/input-file';
import type { BoundaryLayer } from '../../reports/boundary-layer';
import { parseBoundaryFile } from '../../reports/boundary-layer';

// Vite bundles the generated demo files (npm run demo-data) as assets of the app itself.
const DEMO_POLICE_UK = import.meta.glob('/data/demo/policeuk/**/*.csv', {
  query: '?url',
  import: 'default',
  eager: true,
}) as Record<string, string>;
const DEMO_BOUNDARIES = import.meta.glob('/data/demo/wards.geojson', {
  query: '?url',
  import: 'default',
  eager: true,
}) as Record<string, string>;

/** Demo file names start with this, so the demo can be told apart and cleared. */
export const DEMO_PREFIX = 'demo/';

/** The demo's boundary layer, removed with the demo. */
export const DEMO_BOUNDARY_NAME = 'Demo Borough wards';

export function demoAvailable(): boolean {
  return Object.keys(DEMO_POLICE_UK).length > 0;
}

/** The demo borough's police.uk files, fetched from the app's own server. */
export async function demoInputs(): Promise<InputFile[]> {
  const entries = Object.entries(DEMO_POLICE_UK).sort(([a], [b]) => a.localeCompare(b));
  return Promise.all(
    entries.map(async ([path, url]) => {
      const blob = await (await fetch(url)).blob();
      return blobInput(`${DEMO_PREFIX}${path.split('/').slice(-2).join('/')}`, blob);
    }),
  );
}

export async function demoBoundaries(): Promise<BoundaryLayer[]> {
  return Promise.all(
    Object.entries(DEMO_BOUNDARIES).map(async ([, url]) =>
      parseBoundaryFile(DEMO_BOUNDARY_NAME, await (await fetch(url)).text()),
    ),
  );
}
