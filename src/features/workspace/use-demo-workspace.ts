import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import type { DuckConnector } from '../../db/connector';
import { useDatabase } from '../../db/database-context';
import { loadedFilesQuery } from '../../queries/summary';
import { removeFilesWithPrefix } from '../../reports/workspace';
import { addBoundaries, removeBoundary } from '../import/boundary-store';
import {
  DEMO_BOUNDARY_NAME,
  DEMO_PREFIX,
  demoAvailable,
  demoBoundaries,
  demoInputs,
} from '../import/demo-dataset';
import type { useLoadFiles } from '../import/use-load-files';
import {
  removeValidationReport,
  useValidationReports,
} from '../local-import/validation-reports-store';
import { demoDeclined, setDemoDeclined } from './demo-choice';

export interface DemoWorkspace {
  /** True while the workspace holds the demo borough. */
  demo: boolean;
  /** True when the workspace holds no file at all (known once it has been read). */
  empty: boolean;
  loadDemo: () => Promise<void>;
  /** Removes the demo, before real data is loaded. */
  dropDemo: () => Promise<void>;
}

/**
 * The demo borough fills an empty workspace on first use, unless the link says `demo=0` or the
 * user has loaded real data or cleared the workspace before. Real data removes it.
 */
export function useDemoWorkspace(
  loader: ReturnType<typeof useLoadFiles>,
  restored: boolean,
): DemoWorkspace {
  const { db, version, bumpVersion } = useDatabase();
  const files = useQuery({ ...loadedFilesQuery(db, version), enabled: db !== null && restored });
  const reports = useValidationReports();
  const names = files.data?.files.map((f) => f.file_name) ?? null;
  const demo = names?.some((n) => n.startsWith(DEMO_PREFIX)) ?? false;
  const empty = names !== null && names.length === 0;
  const decided = useRef<DuckConnector | null>(null);

  async function loadDemo() {
    if (!db) return;
    setDemoDeclined(false);
    await addBoundaries(db, await demoBoundaries());
    await loader.load(await demoInputs());
  }

  useEffect(() => {
    if (!db || !restored || names === null || decided.current === db) return;
    decided.current = db;
    const wanted = new URLSearchParams(window.location.search).get('demo') !== '0';
    if (names.length === 0 && wanted && !demoDeclined() && demoAvailable()) void loadDemo();
  });

  async function dropDemo() {
    setDemoDeclined(true);
    if (!db || !demo) return;
    await removeFilesWithPrefix(db, DEMO_PREFIX);
    await removeBoundary(db, DEMO_BOUNDARY_NAME);
    for (const r of reports)
      if (r.fileName.startsWith(DEMO_PREFIX)) removeValidationReport(r.fileName);
    bumpVersion();
  }

  return { demo, empty, loadDemo, dropDemo };
}
