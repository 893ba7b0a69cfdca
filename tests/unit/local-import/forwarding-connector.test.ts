import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MessageChannel } from 'node:worker_threads';
import { afterEach, describe, expect, it } from 'vitest';
import type { DuckConnector } from '../../../src/db/connector';
import type { SqlReply, SqlRequest } from '../../../src/features/local-import/forwarding-connector';
import {
  answerSqlRequest,
  ForwardingConnector,
} from '../../../src/features/local-import/forwarding-connector';
import { bytesInput } from '../../../src/ingest/input-file';
import { createColumnMapping } from '../../../src/ingest/local/column-mapping';
import { loadLocalExtract } from '../../../src/ingest/local/load';
import { REPO_ROOT } from '../../support/shared-data';
import { freshDatabase } from '../local/fixtures';

const COUNCIL = new Uint8Array(
  readFileSync(join(REPO_ROOT, 'data/demo/local/council-asb-cases.csv')),
);
const mapping = createColumnMapping(
  [
    'Case Ref',
    'Date Reported',
    'Time',
    'Incident Type',
    'Easting',
    'Northing',
    'Address',
    'Ward',
    'Officer',
  ],
  {
    name: 'ECINS cases',
    source: 'Council ASB (ECINS)',
    columns: {
      reference: 'Case Ref',
      date: 'Date Reported',
      time: 'Time',
      category: 'Incident Type',
      easting: 'Easting',
      northing: 'Northing',
      location: 'Address',
      ward: 'Ward',
    },
    dateFormat: 'auto',
  },
);
const codes = {
  name: 'ECINS codes',
  source: 'Council ASB (ECINS)',
  codes: {
    'ASB - Noise': { category: 'asb-nuisance' },
    'Fly tipping': { category: 'asb-environmental' },
  },
};

let open: DuckConnector[] = [];
afterEach(async () => {
  for (const db of open) await db.close();
  open = [];
});

/** A forwarding connector whose calls cross a real message channel to `db`, as in the browser. */
function forwardedTo(db: DuckConnector): { connector: ForwardingConnector; close: () => void } {
  const { port1, port2 } = new MessageChannel();
  const connector = new ForwardingConnector((request, transfer) =>
    port1.postMessage(request, transfer as never),
  );
  port1.on('message', (reply: SqlReply) => connector.receive(reply));
  port2.on(
    'message',
    (request: SqlRequest) =>
      void answerSqlRequest(db, request).then((reply) => port2.postMessage(reply)),
  );
  return { connector, close: () => port1.close() };
}

describe('loading through the worker connector', () => {
  it('gives the same report and the same incidents as loading directly', async () => {
    const direct = await freshDatabase();
    const page = await freshDatabase();
    open.push(direct, page);
    const expected = await loadLocalExtract(direct, bytesInput('council.csv', COUNCIL), {
      columnMapping: mapping,
      codeMapping: codes,
      batchSize: 1000,
    });
    const { connector, close } = forwardedTo(page);
    const forwarded = await loadLocalExtract(connector, bytesInput('council.csv', COUNCIL), {
      columnMapping: mapping,
      codeMapping: codes,
      batchSize: 1000,
    });
    close();
    expect(forwarded).toEqual(expected);
    expect(forwarded.rowsLoaded).toBeGreaterThan(2000);
    const count = 'SELECT category, count(*)::INTEGER AS n FROM incidents GROUP BY 1 ORDER BY 1';
    expect(await page.query(count)).toEqual(await direct.query(count));
  });

  it('a cancelled load stops at its next database call and leaves nothing in incidents', async () => {
    const page = await freshDatabase();
    open.push(page);
    const { connector, close } = forwardedTo(page);
    let batches = 0;
    const report = await loadLocalExtract(connector, bytesInput('council.csv', COUNCIL), {
      columnMapping: mapping,
      codeMapping: codes,
      batchSize: 500,
      onProgress: () => {
        if (++batches === 1) connector.cancel();
      },
    });
    close();
    expect(report.error).toMatch(/cancelled/);
    expect(await page.query('SELECT count(*)::INTEGER AS n FROM incidents')).toEqual([{ n: 0 }]);
  });
});
