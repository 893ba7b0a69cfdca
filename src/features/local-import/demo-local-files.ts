import type { LocalFile } from './picked-files';

// Vite bundles the generated demo extracts (npm run demo-data) as assets of the app itself.
const DEMO_LOCAL = import.meta.glob('/data/demo/local/*.csv', {
  query: '?url',
  import: 'default',
  eager: true,
}) as Record<string, string>;

/** True when the build holds the demo council, fire and police extracts. */
export function demoLocalAvailable(): boolean {
  return Object.keys(DEMO_LOCAL).length > 0;
}

/** The demo extracts, fetched from the app's own server, in a stable order. */
export async function demoLocalFiles(): Promise<LocalFile[]> {
  const entries = Object.entries(DEMO_LOCAL).sort(([a], [b]) => a.localeCompare(b));
  return Promise.all(
    entries.map(async ([path, url]) => ({
      name: `demo/local/${path.split('/').pop() ?? path}`,
      file: await (await fetch(url)).blob(),
    })),
  );
}
