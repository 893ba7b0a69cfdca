import type { HotspotJobResult } from '../../reports/hotspots/hotspot-job-result';

const fmt = (n: number) => n.toLocaleString('en-GB');

/** Which cells the study area kept, in the result's own cells. */
function cellsInside({ studyArea, hex }: HotspotJobResult): string {
  if (!studyArea) return '';
  if (hex) return 'the hexagons whose centre is inside';
  return `${fmt(studyArea.studyCells)} of ${fmt(studyArea.gridCells)} cells`;
}

/** The parameters a grid result was computed with, shown beside it (never hidden). */
export function ResultParameters({
  result,
  unlocated,
}: {
  result: HotspotJobResult;
  unlocated: number;
}) {
  const { grid, points, studyArea } = result;
  return (
    <dl className="result-params" data-testid="result-params">
      <dt>Cell size</dt>
      <dd>{result.cellSizeReason}</dd>
      <dt>Grid</dt>
      <dd>
        {grid.nx} × {grid.ny} cells, British National Grid (EPSG:27700)
        {result.hex &&
          `; drawn as hexagons of ${result.hex.radius.toFixed(0)} m radius (the area of a ${grid.cellSize} m square)`}
      </dd>
      <dt>Study area</dt>
      <dd data-testid="study-area-params">
        {studyArea
          ? `${studyArea.label} (${fmt(studyArea.areaCount)} areas), ${cellsInside(result)}; ${fmt(points.outside)} incidents outside left out`
          : 'the extent of the data: every cell from the lowest to the highest occupied index'}
      </dd>
      <dt>Incidents</dt>
      <dd>
        {fmt(points.counted)} {result.hex ? 'in the hexagons' : 'on the grid'}
        {points.outliers > 0 && `, ${fmt(points.outliers)} strays far from the rest left out`}
        {unlocated > 0 && `, ${fmt(unlocated)} with no location (not mappable)`}
      </dd>
      {result.kde && (
        <>
          <dt>Bandwidth</dt>
          <dd data-testid="kde-bandwidth">{result.kde.rule}</dd>
          <dt>Kernel</dt>
          <dd>quartic (biweight), density per km² at each cell centre</dd>
        </>
      )}
      {result.gi && (
        <>
          <dt>Gi*</dt>
          <dd>
            queen neighbours + the cell itself, binary weights, {fmt(result.gi.studyCells)} cells;{' '}
            {fmt(result.gi.hotCells)} hot, {fmt(result.gi.coldCells)} cold
          </dd>
          <dt>Multiple testing</dt>
          <dd>
            <FdrBadge on={result.gi.fdr} /> classes at p &lt; 0.10 / 0.05 / 0.01
          </dd>
        </>
      )}
      {result.patterns && (
        <>
          <dt>Time steps</dt>
          <dd>
            {result.patterns.steps.length} months {result.patterns.steps[0] ?? ''} …{' '}
            {result.patterns.steps.at(-1) ?? ''}
            {result.patterns.missingMonths.length > 0 &&
              `; ${result.patterns.missingMonths.length} months with no data left out (not counted as zero)`}
          </dd>
          <dt>Levels</dt>
          <dd>
            hot/cold step at p &lt; {result.patterns.alpha}, Mann–Kendall trend at p &lt;{' '}
            {result.patterns.trendAlpha}
          </dd>
          <dt>Multiple testing</dt>
          <dd>
            <FdrBadge on={result.patterns.fdr} /> across the cells of each month
          </dd>
        </>
      )}
      <dt>Computed</dt>
      <dd>in {result.elapsedMs.toFixed(0)} ms in a background worker</dd>
    </dl>
  );
}

/** "FDR on" / "FDR off", visibly. */
export function FdrBadge({ on }: { on: boolean }) {
  return (
    <span className={on ? 'fdr-badge' : 'fdr-badge off'} data-testid="fdr-badge">
      {on ? 'FDR on (Benjamini–Hochberg)' : 'FDR off: expect false hot spots'}
    </span>
  );
}
