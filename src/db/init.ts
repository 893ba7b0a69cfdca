import { schemaStatements } from '../sql/schema';
import type { DuckConnector } from './connector';

/** Creates the tables and taxonomy in a fresh database. */
export async function initialiseDatabase(db: DuckConnector): Promise<DuckConnector> {
  await db.exec(schemaStatements());
  return db;
}
