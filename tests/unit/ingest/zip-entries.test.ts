import { describe, expect, it } from 'vitest';
import { expandInputs } from '../../../src/ingest/expand-inputs';
import { bytesInput } from '../../../src/ingest/input-file';
import { inflateZipEntry, listZipEntries } from '../../../src/ingest/zip-entries';
import { policeUkFile, policeUkRow } from '../../support/police-uk-csv';
import { zipOf } from '../../support/zip-bytes';

const street = (month: string) => policeUkFile([policeUkRow({ month })]);
const text = (s: string) => new TextEncoder().encode(s);

async function textOf(file: { chunks(): AsyncIterable<Uint8Array> }): Promise<string> {
  let out = '';
  const decoder = new TextDecoder();
  for await (const chunk of file.chunks()) out += decoder.decode(chunk, { stream: true });
  return out + decoder.decode();
}

describe('every entry of a zip is loaded or listed with its reason', () => {
  const zip = zipOf([
    ['2025-01/2025-01-derbyshire-street.csv', street('2025-01')],
    ['..\\2025-02-derbyshire-street.csv', street('2025-02')],
    ['../2025-03-derbyshire-street.csv', street('2025-03')],
    ['/abs/2025-04-derbyshire-street.csv', street('2025-04')],
    ['C:\\abs\\2025-05-derbyshire-street.csv', street('2025-05')],
    ['.2025-06-derbyshire-street.csv', street('2025-06')],
    ['2025-01/2025-01-derbyshire-street.csv', street('2099-01')],
    ['2025-01/2025-01-derbyshire-outcomes.csv', text('Crime ID,Month\n')],
    ['2025-01/2025-01-derbyshire-stop-and-search.csv', text('Type,Date\n')],
    ['__MACOSX/2025-01/._2025-01-derbyshire-street.csv', text('\u0000\u0005')],
    ['2025-01/._2025-01-derbyshire-street.csv', text('\u0000\u0005')],
    ['2025-01/', new Uint8Array()],
    ['README.txt', text('read me')],
    ['inner.zip', zipOf([['x.csv', street('2025-01')]])],
  ]);

  it('loads street files whatever their path looks like, and says why each other entry was not', async () => {
    const { files, skipped } = await expandInputs([bytesInput('download.zip', zip)]);
    expect(files.map((f) => f.name)).toEqual([
      'download.zip › 2025-01/2025-01-derbyshire-street.csv',
      'download.zip › ..\\2025-02-derbyshire-street.csv',
      'download.zip › ../2025-03-derbyshire-street.csv',
      'download.zip › /abs/2025-04-derbyshire-street.csv',
      'download.zip › C:\\abs\\2025-05-derbyshire-street.csv',
      'download.zip › .2025-06-derbyshire-street.csv',
    ]);
    expect(skipped).toEqual([
      {
        fileName: 'download.zip › 2025-01/2025-01-derbyshire-street.csv',
        reason: 'duplicate entry name: the first one was loaded',
        refused: true,
      },
      {
        fileName: 'download.zip › 2025-01/2025-01-derbyshire-outcomes.csv',
        reason: 'an outcomes file, not street-level',
      },
      {
        fileName: 'download.zip › 2025-01/2025-01-derbyshire-stop-and-search.csv',
        reason: 'a stop-and-search file, not street-level',
      },
      {
        fileName: 'download.zip › __MACOSX/2025-01/._2025-01-derbyshire-street.csv',
        reason: 'macOS metadata',
      },
      {
        fileName: 'download.zip › 2025-01/._2025-01-derbyshire-street.csv',
        reason: 'macOS metadata',
      },
      { fileName: 'download.zip › 2025-01/', reason: 'a folder, not a file' },
      { fileName: 'download.zip › README.txt', reason: 'not a CSV' },
      {
        fileName: 'download.zip › inner.zip',
        reason: 'a zip inside the zip: unzip it and load what it holds',
        refused: true,
      },
    ]);
    const entries = await listZipEntries(bytesInput('download.zip', zip).chunks());
    expect(files.length + skipped.length).toBe(entries.length);
  });

  it('reads each entry by its position, so the first of two same-named entries is the one loaded', async () => {
    const { files } = await expandInputs([bytesInput('download.zip', zip)]);
    expect(await textOf(files[0]!)).toContain(',2025-01,');
    expect(await textOf(files[5]!)).toContain(',2025-06,');
  });

  it('lists an unreadable zip with its reason', async () => {
    const { files, skipped } = await expandInputs([bytesInput('broken.zip', text('not a zip'))]);
    expect(files).toEqual([]);
    expect(skipped[0]?.fileName).toBe('broken.zip');
    expect(skipped[0]?.reason).toMatch(/^(not a readable zip archive|an empty zip)/);
  });
});

describe('what a zip inflates to is capped', () => {
  const MiB = 1024 * 1024;
  const bomb = zipOf([['2025-01-derbyshire-street.csv', new Uint8Array(64 * MiB).fill(0x41)]]);

  it('stops inflating an entry past the limit, naming the entry and the limit', async () => {
    expect(bomb.length).toBeLessThan(MiB);
    let inflated = 0;
    const read = async () => {
      for await (const chunk of inflateZipEntry(
        bytesInput('bomb.zip', bomb).chunks(),
        0,
        'bomb.zip › 2025-01-derbyshire-street.csv',
        8 * MiB,
      ))
        inflated += chunk.length;
    };
    await expect(read()).rejects.toThrow(
      'bomb.zip › 2025-01-derbyshire-street.csv inflates to more than 8 MiB',
    );
    expect(inflated).toBeLessThanOrEqual(8 * MiB);
  });

  it('reports an entry over the limit as a file that could not be read, not a crash', async () => {
    const { files } = await expandInputs([bytesInput('bomb.zip', bomb)], 8 * MiB);
    const head = await files[0]!.head(100);
    expect(head.length).toBe(100);
    await expect(files[0]!.register({} as never, 'x.csv')).rejects.toThrow(/more than 8 MiB/);
  });
});
