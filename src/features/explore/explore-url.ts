import type { IgnoredParam, UrlCodec } from '../url-state/url-codec';
import { oneOf, readParam, writeParam } from '../url-state/url-codec';

/** Which layers the Explore map shows. */
export interface ExploreLayers {
  density: boolean;
  points: boolean;
}

/** The Explore map's layers in the address: `density=off`, `points=off`; both on when absent. */
export const EXPLORE_URL: UrlCodec<ExploreLayers> = {
  keys: ['density', 'points'],
  parse(params) {
    const ignored: IgnoredParam[] = [];
    const shown = (key: string) =>
      readParam(params, key, oneOf(['on', 'off']), 'on', ignored) === 'on';
    return { value: { density: shown('density'), points: shown('points') }, ignored };
  },
  write(layers, params) {
    writeParam(params, 'density', layers.density ? null : 'off');
    writeParam(params, 'points', layers.points ? null : 'off');
  },
};
