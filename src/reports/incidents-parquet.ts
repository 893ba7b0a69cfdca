import { parquetWriteBuffer } from 'hyparquet-writer';
import type { ColumnSource, SchemaElement } from 'hyparquet-writer';
import type { ColumnData, DuckConnector } from '../db/connector';
import {
  INCIDENTS_PARQUET_FORMAT_KEY,
  INCIDENTS_PARQUET_FORMAT_VERSION,
} from '../ingest/parquet/parquet-batches';
import {
  EXPORT_INCIDENTS_SQL,
  INCIDENT_COLUMNS,
  REQUIRED_INCIDENT_COLUMNS,
} from '../sql/ingest-parquet';
import type { IncidentColumnKind } from '../sql/ingest-parquet';

const NOT_NULL = new Set(REQUIRED_INCIDENT_COLUMNS);

const PHYSICAL: Record<IncidentColumnKind, Omit<SchemaElement, 'name'>> = {
  text: { type: 'BYTE_ARRAY', converted_type: 'UTF8' },
  integer: { type: 'INT32' },
  double: { type: 'DOUBLE' },
  date: { type: 'INT32', converted_type: 'DATE' },
  timestamp: { type: 'INT64', converted_type: 'TIMESTAMP_MILLIS' },
};

/** What the file says about itself, beside its format version. */
export interface IncidentsParquetFacts {
  /** The files the incidents were loaded from. */
  sources: readonly string[];
  writtenAt: Date;
}

/**
 * Every incident in the workspace, every column (British National Grid included), as one Parquet
 * file any Parquet reader opens (DuckDB, Arrow, pandas, R) and this app loads back as an input.
 */
export async function incidentsParquet(
  db: DuckConnector,
  facts: IncidentsParquetFacts,
): Promise<Uint8Array> {
  const columns = await db.queryColumns(EXPORT_INCIDENTS_SQL);
  const schema: SchemaElement[] = [{ name: 'root', num_children: INCIDENT_COLUMNS.length }];
  const columnData: ColumnSource[] = [];
  for (const { name, kind } of INCIDENT_COLUMNS) {
    schema.push({
      name,
      ...PHYSICAL[kind],
      repetition_type: NOT_NULL.has(name) ? 'REQUIRED' : 'OPTIONAL',
    });
    columnData.push({ name, data: parquetValues(columns[name] ?? [], kind) });
  }
  const buffer = parquetWriteBuffer({
    columnData,
    schema,
    rowGroupSize: 100_000,
    kvMetadata: [
      { key: INCIDENTS_PARQUET_FORMAT_KEY, value: String(INCIDENTS_PARQUET_FORMAT_VERSION) },
      { key: 'csp-incidents-sources', value: JSON.stringify(facts.sources) },
      { key: 'csp-incidents-written-at', value: facts.writtenAt.toISOString() },
    ],
    createdBy: 'csp-hotspots incidents export',
  });
  return new Uint8Array(buffer);
}

function parquetValues(column: ColumnData, kind: IncidentColumnKind): unknown[] {
  const values = new Array<unknown>(column.length);
  for (let i = 0; i < column.length; i++) {
    const value = column[i];
    values[i] =
      value === null || value === undefined || (typeof value === 'number' && Number.isNaN(value))
        ? null
        : kind === 'date'
          ? new Date(`${String(value)}T00:00:00Z`)
          : kind === 'timestamp'
            ? new Date(Number(value))
            : value;
  }
  return values;
}
