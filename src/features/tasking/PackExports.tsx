import { useEffect, useRef, useState } from 'react';
import { download, downloadBlob } from '../../components/download';
import { packDocx } from '../../tasking/pack/pack-docx';
import { packHtml } from '../../tasking/pack/pack-html';
import type { Pack } from '../../tasking/pack/pack-model';
import { targetsCsv } from '../../tasking/pack/targets-csv';
import { targetsGeoJson } from '../../tasking/pack/targets-geojson';
import type { TaskingState } from '../../tasking/tasking-state';
import { ActionLogCsvButton } from './ActionLogCsvButton';
import { todayIso } from './action-text';
import { mountPack } from './pack-preview';

interface Props {
  state: TaskingState;
  month: string;
  /** Builds the pack (tactical assessment, map, targets with before/after) when asked. */
  buildPack: () => Promise<Pack>;
}

/**
 * The pack for the meeting month: print preview, .docx, the target list as CSV and GeoJSON, and
 * the open action log as CSV (statuses as on today, the day the pack reads them on).
 */
export function PackExports({ state, month, buildPack }: Props) {
  const [preview, setPreview] = useState<string | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const host = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!preview || !host.current) return;
    return mountPack(host.current, preview);
  }, [preview]);

  async function run(label: string, job: () => Promise<void>) {
    setBusy(label);
    setProblem(null);
    try {
      await job();
    } catch (error) {
      setProblem(`${label} failed: ${error instanceof Error ? error.message : String(error)}`);
    } finally {
      setBusy(null);
    }
  }

  return (
    <div className="pack-exports">
      <div className="form-buttons" role="group" aria-label="Tasking pack">
        <button
          type="button"
          disabled={busy !== null}
          onClick={() =>
            void run('Print pack', async () => setPreview(packHtml(await buildPack())))
          }
        >
          Print pack…
        </button>
        <button
          type="button"
          disabled={busy !== null}
          onClick={() =>
            void run('Download pack', async () =>
              downloadBlob(
                `tasking-pack-${month}.docx`,
                new Blob([(await packDocx(await buildPack())).slice()], {
                  type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
                }),
              ),
            )
          }
        >
          Download pack (.docx)
        </button>
        <button
          type="button"
          disabled={busy !== null}
          onClick={() =>
            void run('Targets CSV', async () =>
              download(`targets-${month}.csv`, targetsCsv((await buildPack()).targets)),
            )
          }
        >
          Targets CSV
        </button>
        <button
          type="button"
          disabled={busy !== null}
          onClick={() =>
            void run('Targets GeoJSON', async () =>
              download(
                `targets-${month}.geojson`,
                JSON.stringify(targetsGeoJson((await buildPack()).targets)),
                'application/geo+json',
              ),
            )
          }
        >
          Targets GeoJSON
        </button>
        <ActionLogCsvButton
          state={state}
          month={month}
          day={todayIso()}
          testId="pack-action-log-csv"
          disabled={busy !== null}
        />
        {busy && <span role="status">{busy}: preparing…</span>}
      </div>
      {problem && (
        <p className="error" role="alert">
          {problem}
        </p>
      )}
      {preview && (
        <section className="pack-preview" aria-label="Pack preview" data-testid="pack-preview">
          <div className="pack-preview-bar">
            <strong>Pack preview, {month}</strong> — OFFICIAL-SENSITIVE: print only for the meeting.{' '}
            <button type="button" onClick={() => window.print()}>
              Print
            </button>{' '}
            <button type="button" onClick={() => setPreview(null)}>
              Close preview
            </button>
          </div>
          <div
            ref={host}
            className="pack-document scroll-region"
            role="region"
            aria-label={`Pack, ${month}`}
            tabIndex={0}
            data-testid="pack-document"
          />
        </section>
      )}
    </div>
  );
}
