import { addProtocol } from 'maplibre-gl';
import { currentBasemap } from './basemap-store';

/** Tiles of the loaded basemap are read from the file on this machine, never fetched. */
export const BASEMAP_PROTOCOL = 'csp-basemap';

const TILE_URL = new RegExp(`^${BASEMAP_PROTOCOL}://(\\d+)/(\\d+)/(\\d+)/(\\d+)$`);

let registered = false;

/** The tile URL template of a basemap generation. */
export function basemapTileUrl(generation: number): string {
  return `${BASEMAP_PROTOCOL}://${generation}/{z}/{x}/{y}`;
}

/** Registers the protocol once: maplibre asks it for each tile, it answers from the archive. */
export function registerBasemapProtocol(): void {
  if (registered) return;
  registered = true;
  addProtocol(BASEMAP_PROTOCOL, async (params) => {
    const match = TILE_URL.exec(params.url);
    const basemap = currentBasemap();
    if (!match || !basemap || Number(match[1]) !== basemap.generation)
      return { data: new ArrayBuffer(0) };
    const [z, x, y] = [match[2], match[3], match[4]].map(Number) as [number, number, number];
    const tile = await basemap.archive.tile(z, x, y);
    return { data: tile ? tile.slice().buffer : new ArrayBuffer(0) };
  });
}
