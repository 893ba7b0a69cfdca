import type { Feature, FeatureCollection, MultiPolygon } from 'geojson';
import { bngToLonLat } from '../drawn-geometry';
import type { ZoneCounts } from '../before-after';
import { rateRatioJson } from '../rate-ratio';
import type { PackTarget } from './pack-targets';

/**
 * The targets as a GeoJSON FeatureCollection: geometry in WGS84 (RFC 7946, longitude first,
 * 7 decimals ≈ 1 cm, through the project's one projection), and as properties every target field, its stored BNG geometry
 * (`geometry_bng`, EPSG:27700 metres), centroid, before/after record and this month's evidence.
 */
export function targetsGeoJson(targets: readonly PackTarget[]): FeatureCollection<MultiPolygon> {
  return {
    type: 'FeatureCollection',
    features: targets.map((t): Feature<MultiPolygon> => {
      const b = t.beforeAfter;
      return {
        type: 'Feature',
        id: t.id,
        geometry: bngToLonLat(t.geometry),
        properties: {
          id: t.id,
          name: t.name,
          status: t.status,
          section: t.section,
          leadAgency: t.leadAgency,
          nominatedMonth: t.nominatedMonth,
          taskedMonth: t.taskedMonth,
          closure: t.closure,
          problem: t.problem,
          origin: t.origin,
          crsBng: 'EPSG:27700',
          geometryBng: t.geometry,
          centroidBng: t.centroid,
          beforeAfter: b
            ? {
                beforeMonths: b.beforeMonths,
                afterMonths: b.afterMonths,
                missingMonths: b.missingMonths,
                target: zoneJson(b.target),
                buffer: zoneJson(b.buffer),
                control: zoneJson(b.control),
                wdq: b.wdq,
                caveats: b.caveats,
              }
            : null,
          thisMonth: t.evidence?.sentence ?? null,
          history: t.history,
        },
      };
    }),
  };
}

/**
 * A zone's counts with its rate ratio as JSON can hold it: `estimate` and `upper` null when the
 * zone had no incidents before (unbounded; `lower` is the 95% lower bound), all null when it had
 * none before or after.
 */
function zoneJson<Z extends ZoneCounts>(zone: Z) {
  return { ...zone, rateRatio: zone.rateRatio ? rateRatioJson(zone.rateRatio) : null };
}
