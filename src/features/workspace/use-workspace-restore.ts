import { useEffect, useState } from 'react';
import type { DuckConnector } from '../../db/connector';
import { useDatabase } from '../../db/database-context';
import { forgetPopulation, restorePopulation } from '../hotspots/population-store';
import { forgetBoundaries, restoreBoundaries } from '../import/boundary-store';
import { forgetBasemap, restoreBasemap } from '../map/basemap-store';
import {
  forgetValidationReports,
  restoreValidationReports,
} from '../local-import/validation-reports-store';

export interface WorkspaceRestore {
  /** True once what the workspace keeps beside the incidents is back in the page. */
  restored: boolean;
  /** Boundary layers that were kept but could not be read back. */
  damaged: string[];
}

/** Brings back the boundaries and local validation reports kept in the workspace, on each open. */
export function useWorkspaceRestore(): WorkspaceRestore {
  const { db } = useDatabase();
  const [done, setDone] = useState<{ db: DuckConnector | null; damaged: string[] }>({
    db: null,
    damaged: [],
  });
  useEffect(() => {
    forgetBoundaries();
    forgetValidationReports();
    forgetPopulation();
    forgetBasemap();
    if (!db) return;
    let live = true;
    void (async () => {
      const damaged = await restoreBoundaries(db);
      await restoreValidationReports(db);
      await restorePopulation(db);
      await restoreBasemap();
      if (live) setDone({ db, damaged });
    })();
    return () => {
      live = false;
    };
  }, [db]);
  return { restored: db !== null && done.db === db, damaged: done.damaged };
}
