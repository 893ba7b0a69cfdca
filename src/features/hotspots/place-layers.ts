import type { Layer, PickingInfo } from '@deck.gl/core';
import { GeoJsonLayer, ScatterplotLayer } from '@deck.gl/layers';
import type { Feature } from 'geojson';
import type { AreaLayer, AreasReport } from '../../reports/areas-report';
import type { RepeatLocation, RepeatLocationsReport } from '../../reports/repeat-locations-report';
import type { ColourClass } from './hotspot-colours';
import { classColour, quantileClasses, sequentialColour } from './hotspot-colours';

/** Centre of a location's box. */
export function locationCentre(location: RepeatLocation): [number, number] {
  const [west, south, east, north] = location.box;
  return [(west + east) / 2, (south + north) / 2];
}

/** Repeat locations as circles sized and coloured by count; the chosen one outlined. */
export function repeatLocationLayers(
  report: RepeatLocationsReport,
  onPick: (location: RepeatLocation) => void,
  selectedKey: string | null,
): Layer[] {
  const max = Math.max(1, ...report.locations.map((l) => l.total));
  return [
    new ScatterplotLayer<RepeatLocation>({
      id: 'repeat-locations',
      data: report.locations,
      pickable: true,
      getPosition: locationCentre,
      getRadius: (l) => 6 + 14 * Math.sqrt(l.total / max),
      radiusUnits: 'pixels',
      getFillColor: (l) => [...sequentialColour(l.total, max), 220],
      getLineColor: (l) => (l.key === selectedKey ? [0, 0, 0, 255] : [90, 40, 20, 200]),
      getLineWidth: (l) => (l.key === selectedKey ? 3 : 1),
      lineWidthUnits: 'pixels',
      stroked: true,
      onClick: (info: PickingInfo<RepeatLocation>) => {
        if (info.object) onPick(info.object);
      },
      updateTriggers: { getLineColor: [selectedKey], getLineWidth: [selectedKey] },
    }),
  ];
}

/** The value an area is coloured by: the rate per 1,000 when every area has a population. */
export function areaMeasure(report: AreasReport): 'rate' | 'count' {
  return report.areas.length > 0 && report.areas.every((a) => a.ratePer1000 !== null)
    ? 'rate'
    : 'count';
}

/** Quantile colour classes of the areas' rates (or counts). */
export function areaClasses(report: AreasReport): ColourClass[] {
  const measure = areaMeasure(report);
  return quantileClasses(
    report.areas.map((a) => (measure === 'rate' ? (a.ratePer1000 ?? 0) : a.count)),
  );
}

/** The boundary polygons coloured by count or rate in quantile classes (choropleth). */
export function areaLayers(
  layer: AreaLayer,
  report: AreasReport,
  onPick: (code: string) => void,
): Layer[] {
  const measure = areaMeasure(report);
  const valueOf = new Map(
    report.areas.map((a) => [a.code, measure === 'rate' ? (a.ratePer1000 ?? 0) : a.count]),
  );
  const classes = areaClasses(report);
  const codeOf = (f: Feature) => String(f.properties?.areaCode ?? '');
  const features: Feature[] = layer.areas.map((a) => ({
    ...a.feature,
    properties: { ...a.feature.properties, areaCode: a.code },
  }));
  return [
    new GeoJsonLayer({
      id: 'area-choropleth',
      data: features,
      pickable: true,
      stroked: true,
      filled: true,
      getFillColor: (f: Feature) => [...classColour(valueOf.get(codeOf(f)) ?? 0, classes), 200],
      getLineColor: [60, 60, 60, 200],
      lineWidthMinPixels: 1,
      onClick: (info: PickingInfo<Feature>) => {
        if (info.object) onPick(codeOf(info.object));
      },
      updateTriggers: { getFillColor: [report] },
    }),
  ];
}
