import { readdirSync, readFileSync } from 'node:fs';
import type { BrowserContext, CDPSession, Page } from 'playwright-core';

/** JavaScript heap in use, in MB. */
export interface TargetMemory {
  jsHeapMb: number;
}

const MB = 1024 * 1024;

/**
 * Reads the JavaScript heap of the page and of each of its workers over the DevTools protocol
 * (`Runtime.getHeapUsage`). A worker's WebAssembly memory is not in it (asking the DuckDB worker
 * for its `WebAssembly.Memory` objects with `Runtime.queryObjects` never answered): it is in the
 * renderer process's RSS, which holds the page and its workers.
 */
export async function targetMemory(
  context: BrowserContext,
  page: Page,
): Promise<{ page: TargetMemory; workers: Record<string, TargetMemory> }> {
  const cdp = await context.newCDPSession(page);
  try {
    const workers: Record<string, TargetMemory> = {};
    const { targetInfos } = (await cdp.send('Target.getTargets')) as {
      targetInfos: { targetId: string; type: string; url: string }[];
    };
    for (const target of targetInfos.filter((t) => t.type === 'worker')) {
      const name =
        /assets\/([a-z-]+?)(?:\.worker)?-[\w-]+\.m?js$/.exec(target.url)?.[1] ?? target.url;
      workers[name] = await workerMemory(cdp, target.targetId);
    }
    const send = (method: string, params?: object) =>
      cdp.send(method as 'Runtime.evaluate', params as never);
    return { page: await memoryOf(send), workers };
  } finally {
    await cdp.detach();
  }
}

type Send = (method: string, params?: object) => Promise<unknown>;

async function memoryOf(send: Send): Promise<TargetMemory> {
  const heap = (await send('Runtime.getHeapUsage')) as { usedSize: number };
  return { jsHeapMb: heap.usedSize / MB };
}

/** The protocol of a worker, reached through the page's session (messages to the target). */
async function workerMemory(cdp: CDPSession, targetId: string): Promise<TargetMemory> {
  const { sessionId } = (await cdp.send('Target.attachToTarget', { targetId, flatten: false })) as {
    sessionId: string;
  };
  let nextId = 0;
  const waiting = new Map<number, (result: unknown) => void>();
  const onMessage = (event: { sessionId?: string; message: string }) => {
    if (event.sessionId !== undefined && event.sessionId !== sessionId) return;
    const reply = JSON.parse(event.message) as { id?: number; result?: unknown };
    if (reply.id !== undefined) waiting.get(reply.id)?.(reply.result);
  };
  cdp.on('Target.receivedMessageFromTarget', onMessage);
  const send: Send = (method, params = {}) => {
    const id = ++nextId;
    const answer = new Promise<unknown>((resolve) => waiting.set(id, resolve));
    void cdp.send('Target.sendMessageToTarget', {
      sessionId,
      message: JSON.stringify({ id, method, params }),
    });
    return answer;
  };
  try {
    return await memoryOf(send);
  } finally {
    cdp.off('Target.receivedMessageFromTarget', onMessage);
    await cdp.send('Target.detachFromTarget', { sessionId });
  }
}

/** Resident memory of Chromium's processes by kind (renderer, gpu-process, browser…), in MB. */
export function chromiumRssByKind(): Record<string, number> {
  const byKind: Record<string, number> = {};
  for (const pid of readdirSync('/proc')) {
    if (!/^\d+$/.test(pid)) continue;
    try {
      const status = readFileSync(`/proc/${pid}/status`, 'utf8');
      if (!/^Name:\s*(chromium|chrome)/m.test(status)) continue;
      const cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
      const kind = /--type=([\w-]+)/.exec(cmdline)?.[1] ?? 'browser';
      byKind[kind] = (byKind[kind] ?? 0) + Number(/^VmRSS:\s*(\d+)/m.exec(status)?.[1] ?? 0) / 1024;
    } catch {
      // the process ended while we looked
    }
  }
  return byKind;
}
