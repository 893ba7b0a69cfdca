import type { LineCensus, OverLongRecord } from '../line-census';

/** A record DuckDB's CSV reader rejected, or an over-long one the line census found. */
export type MalformedRecord = {
  record: number;
  reason: string;
  raw: string;
};

function megabytes(bytes: number): string {
  return `${(bytes / 1_000_000).toFixed(1)} MB`;
}

/**
 * DuckDB's rejects with each over-long record's own reason and start (DuckDB rejected the
 * placeholder put in its place), in record order: every record the census counted is accounted for.
 */
export function withOverLongReasons(
  csvRejects: readonly MalformedRecord[],
  census: LineCensus,
  maxRecordBytes: number,
): MalformedRecord[] {
  const overLong = new Map(census.overLong.map((r) => [r.record, r]));
  const described = csvRejects.map((reject) => {
    const row = overLong.get(reject.record);
    overLong.delete(reject.record);
    return row ? describe(row, maxRecordBytes) : reject;
  });
  const missed = [...overLong.values()].map((row) => describe(row, maxRecordBytes));
  return [...described, ...missed].sort((a, b) => a.record - b.record);
}

function describe(row: OverLongRecord, maxRecordBytes: number): MalformedRecord {
  return {
    record: row.record,
    reason: `the row is ${megabytes(row.bytes)} long, over the ${megabytes(maxRecordBytes)} a row may be`,
    raw: row.start,
  };
}
