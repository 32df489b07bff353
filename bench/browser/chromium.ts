import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type CDPSession, type Page } from 'playwright-core';
import { CHROMIUM_CONTEXT_OPTIONS, markWelcomeSeen } from '../../scripts/headlessRenderer.mjs';
import { installProbe } from '../page/probe';

/** One headless Chromium on a fresh profile, with the probe in every page and CDP for heap and traces. */
export interface BenchBrowser {
  page: Page;
  /** Used JS heap in bytes after a full GC, of the page and of each of its workers. */
  heapAfterGc(): Promise<{ page: number; workers: number }>;
  /** The longest task on the page's main thread while `action` runs, in ms, from a Chromium trace. */
  longestTask(action: () => Promise<void>): Promise<number>;
  close(): Promise<void>;
}

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  dur?: number;
  args?: { name?: string };
}

/**
 * Talks to the page's dedicated workers. They are reached through the page's
 * own CDP session in non-flat mode (Playwright does not hand out worker
 * sessions), so each command is wrapped in Target.sendMessageToTarget.
 */
function workerChannel(cdp: CDPSession) {
  const workers = new Set<string>();
  const waiting = new Map<number, (result: unknown) => void>();
  let nextId = 1;
  cdp.on('Target.attachedToTarget', ({ sessionId, targetInfo }) => {
    if (targetInfo.type === 'worker') workers.add(sessionId);
  });
  cdp.on('Target.detachedFromTarget', ({ sessionId }) => workers.delete(sessionId));
  cdp.on('Target.receivedMessageFromTarget', ({ message }) => {
    const reply = JSON.parse(message) as { id?: number; result?: unknown };
    if (reply.id !== undefined) waiting.get(reply.id)?.(reply.result);
  });
  const send = async (sessionId: string, method: string): Promise<unknown> => {
    const id = nextId++;
    const answered = new Promise((resolve) => waiting.set(id, resolve));
    await cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method }) });
    const timeout = new Promise((resolve) => setTimeout(() => resolve(undefined), 10_000));
    const result = await Promise.race([answered, timeout]);
    waiting.delete(id);
    return result;
  };
  return { workers, send };
}

async function traceOf(cdp: CDPSession, action: () => Promise<void>): Promise<TraceEvent[]> {
  const events: TraceEvent[] = [];
  const collect = ({ value }: { value: object[] }) => events.push(...(value as TraceEvent[]));
  cdp.on('Tracing.dataCollected', collect);
  const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.start', {
    transferMode: 'ReportEvents',
    traceConfig: { includedCategories: ['toplevel', 'devtools.timeline', 'disabled-by-default-devtools.timeline'] },
  });
  try {
    await action();
  } finally {
    await cdp.send('Tracing.end');
    await complete;
    cdp.off('Tracing.dataCollected', collect);
  }
  return events;
}

/** The longest top-level task on a renderer main thread in a trace. */
function longestMainTask(events: readonly TraceEvent[]): number {
  const main = new Set(
    events
      .filter((event) => event.name === 'thread_name' && event.args?.name === 'CrRendererMain')
      .map((event) => `${event.pid}:${event.tid}`),
  );
  let longest = 0;
  for (const event of events) {
    if (event.ph !== 'X' || !main.has(`${event.pid}:${event.tid}`)) continue;
    if (event.name !== 'RunTask' && event.name !== 'ThreadControllerImpl::RunTask') continue;
    longest = Math.max(longest, (event.dur ?? 0) / 1000);
  }
  return longest;
}

export async function openBrowser(): Promise<BenchBrowser> {
  const profile = await mkdtemp(join(tmpdir(), 'forkcast-bench-profile-'));
  let context: BrowserContext | undefined;
  try {
    context = await chromium.launchPersistentContext(profile, {
      ...CHROMIUM_CONTEXT_OPTIONS,
      args: [...CHROMIUM_CONTEXT_OPTIONS.args],
    });
    await context.addInitScript(installProbe);
    await context.addInitScript(markWelcomeSeen);
    const page = context.pages()[0] ?? (await context.newPage());
    page.on('pageerror', (error) => console.warn(`  page error: ${error.message}`));
    const cdp = await context.newCDPSession(page);
    const channel = workerChannel(cdp);
    await cdp.send('Target.setAutoAttach', { autoAttach: true, waitForDebuggerOnStart: false, flatten: false });
    const opened = context;
    return {
      page,
      async heapAfterGc() {
        await cdp.send('HeapProfiler.collectGarbage');
        const { usedSize } = await cdp.send('Runtime.getHeapUsage');
        let workers = 0;
        for (const sessionId of channel.workers) {
          await channel.send(sessionId, 'HeapProfiler.collectGarbage');
          const usage = (await channel.send(sessionId, 'Runtime.getHeapUsage')) as { usedSize?: number } | undefined;
          workers += usage?.usedSize ?? 0;
        }
        return { page: usedSize, workers };
      },
      longestTask: async (action) => longestMainTask(await traceOf(cdp, action)),
      async close() {
        await opened.close();
        await rm(profile, { recursive: true, force: true, maxRetries: 3 });
      },
    };
  } catch (error) {
    await context?.close();
    await rm(profile, { recursive: true, force: true });
    throw error;
  }
}
