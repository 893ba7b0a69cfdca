import { parseHeaderLine } from '../../ingest/csv-header';
import type { InputFile } from '../../ingest/input-file';
import { isZipName } from '../../ingest/input-file';
import { looksLikeParquet } from '../../ingest/parquet/parquet-batches';
import { checkPoliceUkHeader } from '../../ingest/policeuk/columns';
import type { LocalFile } from './picked-files';
import { localFileOf } from './picked-files';

/**
 * Sorts picked files: police.uk street-level files, incidents Parquet files (and zips, folders'
 * contents already listed)
 * go to the batch loader unchanged; every other single file is a local extract for the mapping
 * flow. Decided by the header, not the name.
 */
export async function splitInputs(
  inputs: readonly InputFile[],
): Promise<{ batch: InputFile[]; local: LocalFile[] }> {
  const batch: InputFile[] = [];
  const local: LocalFile[] = [];
  for (const input of inputs) {
    const file = localFileOf(input);
    if (!file || isZipName(input.name)) {
      batch.push(input);
      continue;
    }
    const head = await input.head(65536);
    const policeUk = checkPoliceUkHeader(parseHeaderLine(head));
    if (policeUk.ok || looksLikeParquet(head)) batch.push(input);
    else local.push({ ...file, why: policeUk.reason.split('. ')[0] });
  }
  return { batch, local };
}
