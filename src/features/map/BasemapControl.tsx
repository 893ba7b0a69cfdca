import { useRef, useState } from 'react';
import { formatBytes } from '../workspace/format-bytes';
import { loadBasemap, removeBasemap, useBasemap } from './basemap-store';

/** Load a vector basemap (PMTiles) from disk, or remove it; it is kept with the workspace. */
export function BasemapControl() {
  const basemap = useBasemap();
  const input = useRef<HTMLInputElement>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function choose(file: File | undefined) {
    if (!file) return;
    setBusy(true);
    setProblem(null);
    try {
      await loadBasemap(file);
    } catch (error) {
      setProblem(`${file.name}: ${error instanceof Error ? error.message : String(error)}`);
    } finally {
      setBusy(false);
      if (input.current) input.current.value = '';
    }
  }

  return (
    <div className="basemap-control" data-testid="basemap-control">
      <input
        ref={input}
        type="file"
        accept=".pmtiles"
        hidden
        data-testid="basemap-input"
        onChange={(e) => void choose(e.target.files?.[0])}
      />
      {basemap ? (
        <span>
          Basemap: {basemap.name} ({formatBytes(basemap.bytes)}
          {basemap.kept ? ', kept in the workspace' : ', this tab only'}){' '}
          <button type="button" onClick={() => void removeBasemap()}>
            Remove basemap
          </button>
        </span>
      ) : (
        <button type="button" disabled={busy} onClick={() => input.current?.click()}>
          {busy ? 'Reading basemap…' : 'Load basemap (PMTiles)…'}
        </button>
      )}
      {problem && (
        <span className="error" role="alert">
          {problem}
        </span>
      )}
    </div>
  );
}
