import { MapboxOverlay } from '@deck.gl/mapbox';
import type { Layer } from '@deck.gl/core';
import { Map as MapLibre, setWorkerUrl } from 'maplibre-gl';
import type { GeoJSONSource } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import { useEffect, useRef } from 'react';
import type { BoundaryLayer } from '../../reports/boundary-layer';
import { OFFLINE_STYLE } from './offline-style';
import { exposeMapForTests } from './map-test-hooks';
import { MAP_CANVAS_NAME, quietOverlayCanvas } from './map-keyboard';

setWorkerUrl(workerUrl);

interface Props {
  layers: Layer[];
  boundaries: BoundaryLayer[];
  /** [west, south, east, north] to frame when it changes. */
  frame: [number, number, number, number] | null;
}

const BOUNDARY_SOURCE = 'boundaries';

/** The map: an offline maplibre base with boundaries, deck.gl data layers on top. */
export function IncidentMap({ layers, boundaries, frame }: Props) {
  const container = useRef<HTMLDivElement>(null);
  const map = useRef<MapLibre | null>(null);
  const overlay = useRef<MapboxOverlay | null>(null);
  const styleReady = useRef<Promise<void> | null>(null);

  useEffect(() => {
    if (!container.current) return;
    const created = new MapLibre({
      container: container.current,
      style: OFFLINE_STYLE,
      center: [-1.5, 53.0],
      zoom: 8,
      attributionControl: false,
      locale: { 'Map.Title': MAP_CANVAS_NAME },
    });
    const deck: MapboxOverlay = new MapboxOverlay({
      interleaved: false,
      layers: [],
      onLoad: () => quietOverlayCanvas(deck),
    });
    created.addControl(deck);
    map.current = created;
    overlay.current = deck;
    styleReady.current = new Promise((resolve) => created.once('load', () => resolve()));
    exposeMapForTests(created, deck);
    return () => {
      created.remove();
      map.current = null;
      overlay.current = null;
    };
  }, []);

  useEffect(() => {
    overlay.current?.setProps({ layers });
  }, [layers]);

  useEffect(() => {
    const current = map.current;
    if (!current || !styleReady.current) return;
    void styleReady.current.then(() => drawBoundaries(current, boundaries));
  }, [boundaries]);

  useEffect(() => {
    if (frame) map.current?.fitBounds(frame, { padding: 30, duration: 0, maxZoom: 15 });
  }, [frame]);

  return <div ref={container} className="incident-map" data-testid="incident-map" />;
}

function drawBoundaries(map: MapLibre, boundaries: BoundaryLayer[]) {
  const data = {
    type: 'FeatureCollection' as const,
    features: boundaries.flatMap((b) => b.geojson.features),
  };
  const source = map.getSource(BOUNDARY_SOURCE) as GeoJSONSource | undefined;
  if (source) {
    source.setData(data);
    return;
  }
  map.addSource(BOUNDARY_SOURCE, { type: 'geojson', data });
  map.addLayer({
    id: 'boundary-fill',
    type: 'fill',
    source: BOUNDARY_SOURCE,
    paint: { 'fill-color': '#ffffff', 'fill-opacity': 0.6 },
  });
  map.addLayer({
    id: 'boundary-line',
    type: 'line',
    source: BOUNDARY_SOURCE,
    paint: { 'line-color': '#5b6b7b', 'line-width': 1 },
  });
}
