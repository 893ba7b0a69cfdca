import { ProtobufWriter, zigzag } from './protobuf-writer';

/** A feature in tile coordinates (0…extent), as the Mapbox Vector Tile 2.1 spec draws them. */
export interface TileFeature {
  type: 'point' | 'line' | 'polygon';
  /** Rings (polygon: outer ring clockwise in tile space, not closed) or lines or one point. */
  geometry: [number, number][][];
  properties: Record<string, string | number>;
}

const GEOMETRY_TYPE = { point: 1, line: 2, polygon: 3 } as const;
const command = (id: number, count: number) => (id & 7) | (count << 3);

function encodeGeometry(feature: TileFeature): number[] {
  const out: number[] = [];
  let cx = 0;
  let cy = 0;
  for (const part of feature.geometry) {
    part.forEach(([x, y], i) => {
      if (i === 0) out.push(command(1, 1));
      if (i === 1) out.push(command(2, part.length - 1));
      out.push(zigzag(x - cx), zigzag(y - cy));
      cx = x;
      cy = y;
    });
    if (feature.type === 'polygon') out.push(command(7, 1));
  }
  return out;
}

/** One vector tile with named layers of features: the bytes a basemap tile holds. */
export function writeVectorTile(layers: Record<string, TileFeature[]>, extent = 4096): Uint8Array {
  const tile = new ProtobufWriter();
  for (const [name, features] of Object.entries(layers)) {
    const keys: string[] = [];
    const values: (string | number)[] = [];
    const index = <T>(list: T[], item: T) => {
      const at = list.indexOf(item);
      return at >= 0 ? at : list.push(item) - 1;
    };
    const layer = new ProtobufWriter().uint(15, 2).string(1, name);
    features.forEach((feature, id) => {
      const tags: number[] = [];
      for (const [key, value] of Object.entries(feature.properties))
        tags.push(index(keys, key), index(values, value));
      const encoded = new ProtobufWriter()
        .uint(1, id + 1)
        .packed(2, tags)
        .uint(3, GEOMETRY_TYPE[feature.type])
        .packed(4, encodeGeometry(feature));
      layer.message(2, encoded.finish());
    });
    for (const key of keys) layer.string(3, key);
    for (const value of values) {
      const v = new ProtobufWriter();
      if (typeof value === 'string') v.string(1, value);
      else v.uint(5, value);
      layer.message(4, v.finish());
    }
    layer.uint(5, extent);
    tile.message(3, layer.finish());
  }
  return tile.finish();
}
