import { MapboxOverlay } from '@deck.gl/mapbox';
import type { Layer } from '@deck.gl/core';
import { Map as MapLibre, ScaleControl, setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import { useEffect, useMemo, useRef, useState } from 'react';
import { downloadBlob } from '../../components/download';
import type { MapPoints } from '../../queries/map-points';
import type { BoundaryLayer } from '../../reports/boundary-layer';
import { areaPolygons } from '../../reports/polygon-lookup';
import { BasemapControl } from './BasemapControl';
import { registerBasemapProtocol } from './basemap-protocol';
import { useBasemap } from './basemap-store';
import { areaLabels, labelsGeoJson, streetLabels } from './data-labels';
import { mapPng } from './map-image';
import { drawBasemap, drawBoundaries, drawDataLabels } from './map-layers';
import { exposeMapForTests } from './map-test-hooks';
import { OFFLINE_STYLE } from './offline-style';
import './map.css';
import { MAP_CANVAS_NAME, quietOverlayCanvas } from './map-keyboard';

setWorkerUrl(workerUrl);
registerBasemapProtocol();

/** [west, south, east, north] in degrees. */
export type MapFrame = [number, number, number, number];

interface Props {
  layers: Layer[];
  boundaries: BoundaryLayer[];
  /**
   * The data's extent without strays. Framed when the first data arrive and again only when
   * `frameKey` changes (new data loaded), so a filter change keeps the analyst's zoom and pan.
   */
  dataFrame: MapFrame | null;
  frameKey: string;
  /** A place the analyst picked: framed each time it changes. */
  focus?: MapFrame | null;
  /** Snap points whose "On or near …" street names label the map at street zoom. */
  streetPoints?: MapPoints | null;
  /** True while a recompute runs: the previous picture stays, marked as updating. */
  updating?: boolean;
  /** The PNG export: its file name and the lines written under the map. */
  picture: { fileName: string; caption: string[] };
}

const FIT = { padding: 30, duration: 0, maxZoom: 15 } as const;

/**
 * The map: an offline maplibre base (with the analyst's own basemap file when loaded), the
 * boundaries, deck.gl data layers, and names from the boundaries and police.uk locations on top.
 */
export function IncidentMap(props: Props) {
  const { layers, boundaries, dataFrame, frameKey, focus, streetPoints, updating } = props;
  const container = useRef<HTMLDivElement>(null);
  const [map, setMap] = useState<MapLibre | null>(null);
  const [styleLoaded, setStyleLoaded] = useState(false);
  const overlay = useRef<MapboxOverlay | null>(null);
  const framedKey = useRef<string | null>(null);
  const basemap = useBasemap();

  useEffect(() => {
    if (!container.current) return;
    const created = new MapLibre({
      container: container.current,
      style: OFFLINE_STYLE,
      center: [-1.5, 53.0],
      zoom: 8,
      attributionControl: false,
      // Labels appear at once: a fade redraws the whole map, data layers included, for 300 ms.
      fadeDuration: 0,
      locale: { 'Map.Title': MAP_CANVAS_NAME },
    });
    const deck: MapboxOverlay = new MapboxOverlay({
      interleaved: false,
      layers: [],
      onLoad: () => quietOverlayCanvas(deck),
    });
    created.addControl(new ScaleControl({ unit: 'metric', maxWidth: 120 }), 'bottom-left');
    created.addControl(deck);
    overlay.current = deck;
    created.once('load', () => setStyleLoaded(true));
    exposeMapForTests(created, deck);
    setMap(created);
    return () => {
      created.remove();
      overlay.current = null;
      setMap(null);
      setStyleLoaded(false);
    };
  }, []);

  useEffect(() => {
    overlay.current?.setProps({ layers });
  }, [layers]);

  const boundaryData = useMemo(
    () => ({
      type: 'FeatureCollection' as const,
      features: boundaries.flatMap((b) => b.geojson.features),
    }),
    [boundaries],
  );
  const areaNames = useMemo(
    () => boundaries.flatMap((b) => areaLabels(areaPolygons(b.geojson, b.nameProperty))),
    [boundaries],
  );
  const streetNames = useMemo(
    () => (streetPoints ? streetLabels(streetPoints) : []),
    [streetPoints],
  );

  useEffect(() => {
    if (map && styleLoaded) drawBasemap(map, basemap);
  }, [map, styleLoaded, basemap]);
  useEffect(() => {
    if (map && styleLoaded) drawBoundaries(map, boundaryData, basemap !== null);
  }, [map, styleLoaded, boundaryData, basemap]);
  useEffect(() => {
    if (!map || !styleLoaded) return;
    drawDataLabels(map, labelsGeoJson([...areaNames, ...streetNames]), basemap === null);
  }, [map, styleLoaded, areaNames, streetNames, basemap]);

  useEffect(() => {
    if (!map || !dataFrame || framedKey.current === frameKey) return;
    framedKey.current = frameKey;
    map.fitBounds(dataFrame, FIT);
  }, [map, dataFrame, frameKey]);
  useEffect(() => {
    if (map && focus) map.fitBounds(focus, FIT);
  }, [map, focus]);

  async function savePicture() {
    if (!map) return;
    const caption = [...props.picture.caption];
    caption.push(
      basemap
        ? `Basemap: ${basemap.name}${basemap.attribution ? ` (${basemap.attribution})` : ''}`
        : 'No basemap: names from the loaded boundaries and police.uk locations',
    );
    downloadBlob(props.picture.fileName, await mapPng(map, caption));
  }

  return (
    <div className="incident-map-frame">
      <div ref={container} className="incident-map" data-testid="incident-map" />
      {updating && (
        <div className="map-updating" role="status" data-testid="map-updating">
          Updating…
        </div>
      )}
      <div className="map-tools">
        <button
          type="button"
          disabled={!dataFrame}
          onClick={() => dataFrame && map?.fitBounds(dataFrame, FIT)}
        >
          Fit to data
        </button>
        <button type="button" disabled={!map} onClick={() => void savePicture()}>
          Save map as PNG
        </button>
        <BasemapControl />
      </div>
    </div>
  );
}
