import type { Map as MapLibre } from 'maplibre-gl';

const CAPTION_LINE_PX = 20;
const MARGIN_PX = 12;

/**
 * The map's pixels as drawn in the next frame (read inside the render, before they are cleared),
 * with the deck.gl data canvas above it (deck keeps its drawing buffer, so it reads at any time).
 */
function renderedCanvas(map: MapLibre): Promise<HTMLCanvasElement> {
  return new Promise((resolve) => {
    map.once('render', () => {
      const source = map.getCanvas();
      const copy = document.createElement('canvas');
      copy.width = source.width;
      copy.height = source.height;
      const context = copy.getContext('2d');
      context?.drawImage(source, 0, 0);
      for (const layer of map.getContainer().querySelectorAll('canvas'))
        if (layer !== source) context?.drawImage(layer, 0, 0, copy.width, copy.height);
      resolve(copy);
    });
    map.triggerRepaint();
  });
}

/** A round length (1, 2 or 5 × 10ⁿ metres) for a scale bar at most `maxMetres` long. */
export function roundScaleMetres(maxMetres: number): number {
  const power = 10 ** Math.floor(Math.log10(maxMetres));
  const leading = maxMetres / power;
  return (leading >= 5 ? 5 : leading >= 2 ? 2 : 1) * power;
}

function scaleText(metres: number): string {
  return metres >= 1000 ? `${metres / 1000} km` : `${metres} m`;
}

/**
 * The map as a PNG with what it shows written under it (caption lines: what, period, area,
 * sources, filters, basemap) and a scale bar, so the image still says what it is when pasted
 * into a report.
 */
export async function mapPng(map: MapLibre, caption: readonly string[]): Promise<Blob> {
  const image = await renderedCanvas(map);
  const ratio = image.width / map.getCanvas().clientWidth || 1;
  const captionHeight = (caption.length * CAPTION_LINE_PX + MARGIN_PX * 2) * ratio;
  const out = document.createElement('canvas');
  out.width = image.width;
  out.height = image.height + captionHeight;
  const context = out.getContext('2d');
  if (!context) throw new Error('This browser cannot draw the image.');
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, out.width, out.height);
  context.drawImage(image, 0, 0);

  const y = map.getCanvas().clientHeight - 24;
  const left = map.unproject([0, y]);
  const right = map.unproject([200, y]);
  const metresPer200 = left.distanceTo(right);
  const barMetres = roundScaleMetres(metresPer200);
  const barPx = (200 * barMetres) / metresPer200;
  context.scale(ratio, ratio);
  context.fillStyle = 'rgba(255,255,255,0.85)';
  context.fillRect(MARGIN_PX - 4, y - 18, barPx + 8, 26);
  context.strokeStyle = '#1f2933';
  context.lineWidth = 2;
  context.beginPath();
  context.moveTo(MARGIN_PX, y - 4);
  context.lineTo(MARGIN_PX, y + 4);
  context.lineTo(MARGIN_PX + barPx, y + 4);
  context.lineTo(MARGIN_PX + barPx, y - 4);
  context.stroke();
  context.fillStyle = '#1f2933';
  context.font = '12px sans-serif';
  context.fillText(scaleText(barMetres), MARGIN_PX + 4, y - 6);

  const top = image.height / ratio + MARGIN_PX;
  caption.forEach((line, i) => {
    context.font = i === 0 ? 'bold 15px sans-serif' : '13px sans-serif';
    context.fillText(line, MARGIN_PX, top + 14 + i * CAPTION_LINE_PX);
  });
  return new Promise((resolve, reject) =>
    out.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error('No image was made.'))),
      'image/png',
    ),
  );
}
