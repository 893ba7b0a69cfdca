import type { ColumnData, DuckConnector, Row } from '../../db/connector';

/** One connector call forwarded from the parse worker to the page, which owns the database. */
export type SqlCall =
  | { method: 'query'; sql: string }
  | { method: 'exec'; sql: string }
  | { method: 'registerBytes'; name: string; bytes: Uint8Array }
  | { method: 'dropFile'; name: string };

export interface SqlRequest {
  type: 'sql';
  id: number;
  call: SqlCall;
}

export type SqlReply =
  | { type: 'sql-reply'; id: number; ok: true; rows: Row[] }
  | { type: 'sql-reply'; id: number; ok: false; error: string };

/** Statements still allowed after a cancel, so the loader can clean up its staging table. */
const CLEAN_UP = /^\s*(DROP|ROLLBACK)\b/i;

/**
 * A `DuckConnector` for a web worker: every call is posted to the page (which runs it on the real
 * connector and answers with `SqlReply`). Registered bytes are transferred, not copied. Once
 * `cancel()` is called, every call except clean-up (`DROP …`, `ROLLBACK`) fails, so a load stops
 * at its next batch and nothing reaches `incidents`.
 */
export class ForwardingConnector implements DuckConnector {
  private nextId = 1;
  private readonly waiting = new Map<
    number,
    { resolve: (rows: Row[]) => void; reject: (e: Error) => void }
  >();
  private cancelled = false;

  constructor(private readonly post: (request: SqlRequest, transfer: Transferable[]) => void) {}

  /** Makes later calls fail (except clean-up). */
  cancel(): void {
    this.cancelled = true;
  }

  /** Hands the page's answer to the call waiting for it. */
  receive(reply: SqlReply): void {
    const waiting = this.waiting.get(reply.id);
    this.waiting.delete(reply.id);
    if (!waiting) return;
    if (reply.ok) waiting.resolve(reply.rows);
    else waiting.reject(new Error(reply.error));
  }

  private send(call: SqlCall): Promise<Row[]> {
    const sql = 'sql' in call ? call.sql : '';
    if (this.cancelled && !CLEAN_UP.test(sql))
      return Promise.reject(new Error('loading was cancelled'));
    const id = this.nextId++;
    const transfer: Transferable[] = [];
    if (call.method === 'registerBytes') {
      // Transfer only a buffer the bytes fill exactly; otherwise copy first.
      const whole =
        call.bytes.byteOffset === 0 && call.bytes.byteLength === call.bytes.buffer.byteLength;
      const bytes = whole ? call.bytes : call.bytes.slice();
      call = { ...call, bytes };
      transfer.push(bytes.buffer as ArrayBuffer);
    }
    return new Promise<Row[]>((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      this.post({ type: 'sql', id, call }, transfer);
    });
  }

  async query<T extends Row = Row>(sql: string): Promise<T[]> {
    return (await this.send({ method: 'query', sql })) as T[];
  }

  async exec(sql: string): Promise<void> {
    await this.send({ method: 'exec', sql });
  }

  async registerBytes(name: string, bytes: Uint8Array): Promise<void> {
    await this.send({ method: 'registerBytes', name, bytes });
  }

  async dropFile(name: string): Promise<void> {
    await this.send({ method: 'dropFile', name });
  }

  queryColumns(): Promise<Record<string, ColumnData>> {
    return Promise.reject(new Error('queryColumns is not forwarded from the parse worker'));
  }

  createTableFromColumns(): Promise<void> {
    return Promise.reject(
      new Error('createTableFromColumns is not forwarded from the parse worker'),
    );
  }

  async close(): Promise<void> {}
}

/** Runs a forwarded call on the page's connector and builds the answer to post back. */
export async function answerSqlRequest(db: DuckConnector, request: SqlRequest): Promise<SqlReply> {
  const { id, call } = request;
  try {
    let rows: Row[] = [];
    if (call.method === 'query') rows = await db.query(call.sql);
    else if (call.method === 'exec') await db.exec(call.sql);
    else if (call.method === 'registerBytes') await db.registerBytes(call.name, call.bytes);
    else await db.dropFile(call.name);
    return { type: 'sql-reply', id, ok: true, rows };
  } catch (error) {
    return {
      type: 'sql-reply',
      id,
      ok: false,
      error: error instanceof Error ? error.message : String(error),
    };
  }
}
