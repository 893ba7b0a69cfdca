import proj4 from 'proj4';

/**
 * OSGB36 / British National Grid with the 7-parameter Helmert shift from WGS84
 * (accurate to a few metres, which is finer than police.uk's snap-point anonymisation).
 */
const BNG =
  '+proj=tmerc +lat_0=49 +lon_0=-2 +k=0.9996012717 +x_0=400000 +y_0=-100000 +ellps=airy ' +
  '+towgs84=446.448,-125.157,542.06,0.15,0.247,0.842,-20.489 +units=m +no_defs';
const WGS84 = 'EPSG:4326';

const toGrid = proj4(WGS84, BNG);

/** Projects WGS84 longitude/latitude to British National Grid easting/northing in metres. */
export function toBng(longitude: number, latitude: number): [number, number] {
  const [easting, northing] = toGrid.forward([longitude, latitude]) as [number, number];
  return [easting, northing];
}

/** Projects British National Grid easting/northing back to WGS84 longitude/latitude. */
export function fromBng(easting: number, northing: number): [number, number] {
  const [longitude, latitude] = toGrid.inverse([easting, northing]) as [number, number];
  return [longitude, latitude];
}

/** Projects many points at once; NaN in, NaN out. */
export function toBngMany(
  longitudes: Float64Array,
  latitudes: Float64Array,
): { eastings: Float64Array; northings: Float64Array } {
  const eastings = new Float64Array(longitudes.length);
  const northings = new Float64Array(longitudes.length);
  for (let i = 0; i < longitudes.length; i++) {
    const lon = longitudes[i] as number;
    const lat = latitudes[i] as number;
    if (Number.isNaN(lon) || Number.isNaN(lat)) {
      eastings[i] = NaN;
      northings[i] = NaN;
      continue;
    }
    const [e, n] = toBng(lon, lat);
    eastings[i] = e;
    northings[i] = n;
  }
  return { eastings, northings };
}
