import { BEGIN_SQL, COMMIT_SQL, ROLLBACK_SQL } from '../sql/workspace';
import type { DuckConnector } from './connector';

/**
 * Runs `work` as one transaction: all of it is kept, or (on an error, a closed tab or a killed
 * browser) none of it. A persistent workspace relies on this to never hold half a file.
 */
export async function withTransaction<T>(db: DuckConnector, work: () => Promise<T>): Promise<T> {
  await db.exec(BEGIN_SQL);
  try {
    const result = await work();
    await db.exec(COMMIT_SQL);
    return result;
  } catch (error) {
    await db.exec(ROLLBACK_SQL).catch(() => undefined);
    throw error;
  }
}
