import type { PackMap } from './pack-map';

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/**
 * What the pack map shows, in words, for a reader who cannot see it (alt text): how many hot
 * cells at each confidence, which targets and candidates are drawn, and over what boundaries.
 */
export function packMapAltText(map: PackMap): string {
  const byClass = (label: string) => map.cells.filter((c) => c.class === label).length;
  const hot = [
    ['hot-99', '99%'],
    ['hot-95', '95%'],
    ['hot-90', '90%'],
  ]
    .map(([label, level]) => [byClass(label as string), level] as const)
    .filter(([n]) => n > 0)
    .map(([n, level]) => `${n} at ${level}`);
  const parts = [
    hot.length > 0
      ? `Map of ${plural(map.cells.length, 'hot Gi* cell')} (${hot.join(', ')}) of ${map.cellSize} m`
      : 'Map with no hot Gi* cells',
    map.boundaries.length > 0
      ? `over ${plural(map.boundaries.length, 'boundary', 'boundaries')}`
      : '',
  ].filter(Boolean);
  const targets =
    map.targets.length > 0
      ? `Targets outlined in blue: ${map.targets.map((t) => t.id).join(', ')}.`
      : 'No targets.';
  const candidates =
    map.candidates.length > 0
      ? `Other candidates dashed in orange: ${map.candidates.map((c) => c.label).join(', ')}.`
      : '';
  return `${parts.join(' ')}. ${targets} ${candidates}`.trim();
}
