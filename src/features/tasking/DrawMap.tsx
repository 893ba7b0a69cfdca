import { Map as MapLibre, setWorkerUrl } from 'maplibre-gl';
import type { GeoJSONSource, MapMouseEvent } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import type { FeatureCollection } from 'geojson';
import { useEffect, useRef } from 'react';
import type { BoundaryLayer } from '../../reports/boundary-layer';
import { OFFLINE_STYLE } from '../map/offline-style';

setWorkerUrl(workerUrl);

interface Props {
  boundaries: BoundaryLayer[];
  /** The corners clicked so far, [longitude, latitude]. */
  vertices: [number, number][];
  onAdd: (vertex: [number, number]) => void;
  onFinish: () => void;
  onUndo: () => void;
  onClear: () => void;
}

declare global {
  interface Window {
    /** The drawing map, for the end-to-end tests; only in `vite build --mode e2e`. */
    __cspDrawMap?: MapLibre;
  }
}

function drawing(vertices: [number, number][]): FeatureCollection {
  const ring = vertices.length >= 3 ? [...vertices, vertices[0] as [number, number]] : null;
  return {
    type: 'FeatureCollection',
    features: [
      ...(ring
        ? [
            {
              type: 'Feature' as const,
              properties: {},
              geometry: { type: 'Polygon' as const, coordinates: [ring] },
            },
          ]
        : []),
      {
        type: 'Feature',
        properties: {},
        geometry: { type: 'LineString', coordinates: vertices },
      },
      ...vertices.map((v) => ({
        type: 'Feature' as const,
        properties: {},
        geometry: { type: 'Point' as const, coordinates: v },
      })),
    ],
  };
}

/**
 * A small offline map to draw a place on: each click adds a corner; double-click or Enter
 * finishes, Backspace takes the last corner back, Escape starts again.
 */
export function DrawMap({ boundaries, vertices, onAdd, onFinish, onUndo, onClear }: Props) {
  const container = useRef<HTMLDivElement>(null);
  const map = useRef<MapLibre | null>(null);
  const ready = useRef<Promise<void> | null>(null);
  const handlers = useRef({ onAdd, onFinish });
  useEffect(() => {
    handlers.current = { onAdd, onFinish };
  });

  useEffect(() => {
    if (!container.current) return;
    const created = new MapLibre({
      container: container.current,
      style: OFFLINE_STYLE,
      center: [-1.5, 53.0],
      zoom: 8,
      attributionControl: false,
      doubleClickZoom: false,
    });
    created.getCanvas().setAttribute('aria-label', 'Map to draw a place on');
    ready.current = new Promise((resolve) =>
      created.once('load', () => {
        created.addSource('draw-boundaries', {
          type: 'geojson',
          data: { type: 'FeatureCollection', features: [] },
        });
        created.addLayer({
          id: 'draw-boundary-line',
          type: 'line',
          source: 'draw-boundaries',
          paint: { 'line-color': '#5b6b7b', 'line-width': 1 },
        });
        created.addSource('drawing', { type: 'geojson', data: drawing([]) });
        created.addLayer({
          id: 'drawing-fill',
          type: 'fill',
          source: 'drawing',
          filter: ['==', '$type', 'Polygon'],
          paint: { 'fill-color': '#c0392b', 'fill-opacity': 0.3 },
        });
        created.addLayer({
          id: 'drawing-line',
          type: 'line',
          source: 'drawing',
          filter: ['==', '$type', 'LineString'],
          paint: { 'line-color': '#8b1a10', 'line-width': 2 },
        });
        created.addLayer({
          id: 'drawing-points',
          type: 'circle',
          source: 'drawing',
          filter: ['==', '$type', 'Point'],
          paint: { 'circle-radius': 4, 'circle-color': '#8b1a10' },
        });
        resolve();
      }),
    );
    created.on('click', (e: MapMouseEvent) => handlers.current.onAdd([e.lngLat.lng, e.lngLat.lat]));
    created.on('dblclick', (e: MapMouseEvent) => {
      e.preventDefault();
      handlers.current.onFinish();
    });
    map.current = created;
    if (import.meta.env.MODE === 'e2e') window.__cspDrawMap = created;
    return () => {
      created.remove();
      map.current = null;
    };
  }, []);

  useEffect(() => {
    const current = map.current;
    void ready.current?.then(() => {
      const source = current?.getSource('draw-boundaries') as GeoJSONSource | undefined;
      const features = boundaries.flatMap((b) => b.geojson.features);
      source?.setData({ type: 'FeatureCollection', features });
      let [w, s, e, n] = [Infinity, Infinity, -Infinity, -Infinity];
      for (const f of features) {
        const g = f.geometry;
        const rings =
          g?.type === 'Polygon'
            ? g.coordinates
            : g?.type === 'MultiPolygon'
              ? g.coordinates.flat()
              : [];
        for (const ring of rings)
          for (const [lon = NaN, lat = NaN] of ring) {
            w = Math.min(w, lon);
            e = Math.max(e, lon);
            s = Math.min(s, lat);
            n = Math.max(n, lat);
          }
      }
      if (Number.isFinite(w)) current?.fitBounds([w, s, e, n], { padding: 10, duration: 0 });
    });
  }, [boundaries]);

  useEffect(() => {
    const current = map.current;
    void ready.current?.then(() =>
      (current?.getSource('drawing') as GeoJSONSource | undefined)?.setData(drawing(vertices)),
    );
  }, [vertices]);

  return (
    <div
      ref={container}
      className="draw-map"
      data-testid="draw-map"
      role="application"
      aria-label="Draw a place: click the corners; double-click or Enter to finish, Backspace to undo, Escape to clear"
      tabIndex={0}
      onKeyDown={(e) => {
        if (e.key === 'Enter') onFinish();
        else if (e.key === 'Backspace') onUndo();
        else if (e.key === 'Escape') onClear();
        else return;
        e.preventDefault();
      }}
    />
  );
}
