import type { RepeatLocationKind } from '../../sql/repeat-locations';
import type { GridCellRef } from '../../sql/hotspots';
import type { IgnoredParam, UrlCodec } from '../url-state/url-codec';
import { nonEmpty, numberOf, oneOf, readParam, writeParam } from '../url-state/url-codec';
import type { CellShape } from '../../reports/hotspots/hotspot-params';
import { DEFAULT_PARAMS } from '../../reports/hotspots/hotspot-params';
import type { HotspotMethod } from './hotspot-methods';
import { HOTSPOT_METHODS } from './hotspot-methods';
import { ALPHA_CHOICES, BANDWIDTH_CHOICES, CELL_CHOICES } from './method-choices';
import type { MethodSettings } from './MethodControls';

/** The Hotspots view's state: the method with its parameters, and what is chosen on the map. */
export interface HotspotViewState {
  settings: MethodSettings;
  cell: GridCellRef | null;
  /** {@link placeId} of the chosen repeat location: never the location itself. */
  place: string | null;
  /** Code of the chosen area of the area choropleth. */
  area: string | null;
}

export const DEFAULT_SETTINGS: MethodSettings = {
  ...DEFAULT_PARAMS,
  method: 'gistar',
  useStudyArea: true,
  repeatKind: 'place',
  areaLayer: null,
};

const METHODS: readonly HotspotMethod[] = HOTSPOT_METHODS.map((m) => m.id);
const SHAPES: readonly CellShape[] = ['square', 'hexagon'];
const KINDS: readonly RepeatLocationKind[] = ['place', 'street'];
const CELL = /^(\d{1,7}),(\d{1,7})@(\d{1,6})$/;
const PLACE = /^[0-9a-f]{8}$/;

/** `ix,iy@size`, e.g. `1790,1520@250`. */
function readCell(text: string): GridCellRef | undefined {
  const match = CELL.exec(text);
  if (!match) return undefined;
  const [ix, iy, cellSize] = match.slice(1).map(Number) as [number, number, number];
  return cellSize > 0 ? { ix, iy, cellSize } : undefined;
}

const off = (text: string) => (text === 'off' ? false : text === 'on' ? true : undefined);
const unless = <T>(value: T, fallback: T, text: string) => (value === fallback ? null : text);

/**
 * The Hotspots view in the address: `method`, `size` (m), `shape=hexagon`, `study=off`,
 * `fdr=off`, `alpha`, `bw` (bandwidth ×), `group=street`, `layer` (boundary layer name), and the
 * choice on the map: `cell=ix,iy@size`, `place` (fingerprint) or `areacode`.
 */
export const HOTSPOT_URL: UrlCodec<HotspotViewState> = {
  keys: [
    'method',
    'size',
    'shape',
    'study',
    'fdr',
    'alpha',
    'bw',
    'group',
    'layer',
    'cell',
    'place',
    'areacode',
  ],
  parse(params) {
    const ignored: IgnoredParam[] = [];
    const d = DEFAULT_SETTINGS;
    const read = <T>(key: string, reader: (text: string) => T | undefined, fallback: T) =>
      readParam(params, key, reader, fallback, ignored);
    const settings: MethodSettings = {
      method: read('method', oneOf(METHODS), d.method),
      cellSize: read('size', numberOf(CELL_CHOICES), d.cellSize),
      cellShape: read('shape', oneOf(SHAPES), d.cellShape),
      useStudyArea: read('study', off, d.useStudyArea),
      fdr: read('fdr', off, d.fdr),
      alpha: read('alpha', numberOf(ALPHA_CHOICES), d.alpha),
      bandwidthAdjust: read('bw', numberOf(BANDWIDTH_CHOICES), d.bandwidthAdjust),
      repeatKind: read('group', oneOf(KINDS), d.repeatKind),
      areaLayer: read('layer', nonEmpty, d.areaLayer),
    };
    const value: HotspotViewState = {
      settings,
      cell: read('cell', readCell, null),
      place: read('place', (t) => (PLACE.test(t) ? t : undefined), null),
      area: read('areacode', nonEmpty, null),
    };
    return { value, ignored };
  },
  write({ settings: s, cell, place, area }, params) {
    const d = DEFAULT_SETTINGS;
    writeParam(params, 'method', unless(s.method, d.method, s.method));
    writeParam(params, 'size', s.cellSize === null ? null : String(s.cellSize));
    writeParam(params, 'shape', unless(s.cellShape, d.cellShape, s.cellShape));
    writeParam(params, 'study', s.useStudyArea ? null : 'off');
    writeParam(params, 'fdr', s.fdr ? null : 'off');
    writeParam(params, 'alpha', unless(s.alpha, d.alpha, String(s.alpha)));
    writeParam(
      params,
      'bw',
      unless(s.bandwidthAdjust, d.bandwidthAdjust, String(s.bandwidthAdjust)),
    );
    writeParam(params, 'group', unless(s.repeatKind, d.repeatKind, s.repeatKind));
    writeParam(params, 'layer', s.areaLayer);
    writeParam(params, 'cell', cell && `${cell.ix},${cell.iy}@${cell.cellSize}`);
    writeParam(params, 'place', place);
    writeParam(params, 'areacode', area);
  },
};
