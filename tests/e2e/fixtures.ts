import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { test as base, inject } from 'vitest';
import { CHROMIUM_CONTEXT_OPTIONS, markWelcomeSeen } from '../../scripts/headlessRenderer.mjs';
import { isAllowedRequest } from '../../electron/sessionPolicy';
import type { ForkcastBridge } from '../../shared';
import { appUrlOf } from './appServer';
import { ACTION_TIMEOUT_MS } from './timing';

/**
 * One fresh Chromium profile per test, opened on the built app as the desktop
 * app's protocol handler serves it (header CSP included), watched for
 * anything a user would never want: a request to another origin, a console
 * error, an uncaught exception. Any of those fails the test when it ends.
 */

export interface OpenAppOptions {
  /** Puts a stand-in for the Electron preload at `window.forkcast`, so the app runs in desktop mode. */
  electronBridge?: boolean;
  /**
   * Functions run in every page before the app's own scripts, to start the
   * app in a given state, e.g. with a storage that fails. The header CSP
   * already applies to what they do (a fetch elsewhere is refused). They are
   * serialised: they must not use outer variables.
   */
  initScripts?: readonly (() => void)[];
  /** Starts as a first launch, with the welcome shown; otherwise the profile has already closed it. */
  welcome?: boolean;
}

export interface App {
  readonly page: Page;
  /** The app's own origin, e.g. http://127.0.0.1:41234 */
  readonly origin: string;
  /** Every URL the app requested, in order, across reloads. */
  readonly requests: readonly string[];
  /** Opens a hash route ('#/history', '#/today/2026-11-20') and waits until the journal is open. */
  goto: (route?: string) => Promise<void>;
  /** Reloads the page as a user would, keeping the profile, and waits until the journal is open. */
  reload: () => Promise<void>;
  /** Hands over the problems seen so far; a test that expects one takes it so the end-of-test check passes. */
  takeProblems: () => string[];
}

/**
 * The stand-in preload: the real bridge's verbs, answering as a user who
 * closes every dialog would. Each verb that opens a dialog is listed in
 * `window.e2eDialogsClosed` as it answers, so a test can wait for that.
 */
function installElectronBridge(): void {
  const closed: string[] = [];
  Object.defineProperty(window, 'e2eDialogsClosed', { value: closed });
  const cancelled = (verb: string) => async () => {
    closed.push(verb);
    return { status: 'cancelled' as const };
  };
  const bridge: ForkcastBridge = {
    getAppInfo: async () => ({ mode: 'electron', version: '0.0.0-e2e', platform: 'linux' }),
    exportMarkdown: cancelled('exportMarkdown'),
    importMarkdown: cancelled('importMarkdown'),
    // No export ever leaves a file alone here, so the conflict verbs have nothing to act on.
    readConflictFiles: async () => ({ status: 'failed', message: 'No export in this stand-in.' }),
    overwriteConflicts: async () => ({ status: 'failed', message: 'No export in this stand-in.' }),
    recordConflictsTaken: async () => ({ status: 'failed', message: 'No export in this stand-in.' }),
    // The stand-in has no live folder; choosing one answers as a closed dialog.
    getLiveFolder: async () => ({ status: 'off' }),
    chooseLiveFolder: cancelled('chooseLiveFolder'),
    stopLiveFolder: async () => ({ status: 'off' }),
    writeLiveFolder: async () => ({ status: 'off' }),
    readLiveChanges: async () => ({ status: 'failed', message: 'No live folder in this stand-in.' }),
    settleLiveChanges: async () => ({ status: 'failed', message: 'No live folder in this stand-in.' }),
    onLiveFolderChanged: () => () => undefined,
    saveBackup: cancelled('saveBackup'),
    openBackup: cancelled('openBackup'),
    saveBrief: cancelled('saveBrief'),
    printBriefToPdf: cancelled('printBriefToPdf'),
    cancelExport: async () => ({ cancelled: false }),
    onExportProgress: () => () => undefined,
    getHabits: async () => ({
      // Inlined: this function runs in the page, where imports do not reach.
      settings: {
        reminder: { enabled: false, time: '17:30' },
        tray: false,
        launchAtLogin: false,
        quickCapture: { enabled: false, accelerator: 'CommandOrControl+Alt+J' },
      },
      notifications: 'available',
      desktop: true,
      loginItemProblem: null,
      quickCaptureStatus: 'off',
    }),
    // The desktop settings are main's; this stand-in has no main process to keep them.
    setReminder: async () => ({ status: 'failed', message: 'No main process in this stand-in.' }),
    setTray: async () => ({ status: 'failed', message: 'No main process in this stand-in.' }),
    setLaunchAtLogin: async () => ({ status: 'failed', message: 'No main process in this stand-in.' }),
    setQuickCapture: async () => ({ status: 'failed', message: 'No main process in this stand-in.' }),
    reportDay: async () => ({ received: true }),
    closeQuickCapture: async () => ({ received: false }),
    showMainWindow: async () => ({ received: false }),
    onOpenToday: () => () => undefined,
    unlockSecretStatus: async () => ({ available: false, reason: 'Not in this test.' }),
    saveUnlockSecret: async () => ({ status: 'failed', message: 'Not in this test.' }),
    readUnlockSecret: async () => ({ status: 'missing' }),
    forgetUnlockSecret: async () => ({ status: 'done' }),
    onLockRequested: () => () => undefined,
    readyToClose: async () => ({ received: false }),
    onCloseRequested: () => () => undefined,
  };
  // contextBridge exposes a frozen, non-writable object; so does this.
  Object.defineProperty(window, 'forkcast', { value: Object.freeze(bridge), enumerable: true });
}

/**
 * The URL a request made from the app's page stands for in the desktop app:
 * the test server's own origin is app://forkcast there (see appServer.ts).
 */
function asDesktopUrl(url: string, origin: string): string {
  const parsed = new URL(url);
  return parsed.origin === origin ? (appUrlOf(`${parsed.pathname}${parsed.search}`) ?? url) : url;
}

/**
 * Watches a context: records every request, lets through only what the
 * desktop session's own request policy (`isAllowedRequest`) allows, and
 * collects problems.
 */
async function watch(context: BrowserContext, origin: string, requests: string[], problems: string[]) {
  const allowed = (url: string) => isAllowedRequest(asDesktopUrl(url, origin));
  context.on('request', (request) => {
    requests.push(request.url());
    if (!allowed(request.url())) problems.push(`request to another origin: ${request.method()} ${request.url()}`);
  });
  // Recording alone would let the request out; the journal must never reach the network.
  await context.route(
    (url) => !allowed(url.href),
    (route) => route.abort('blockedbyclient'),
  );
  await context.routeWebSocket(
    () => true,
    (socket) => {
      problems.push(`WebSocket opened: ${socket.url()}`);
      void socket.close();
    },
  );
  context.on('console', (message) => {
    if (message.type() !== 'error') return;
    const { url, lineNumber } = message.location();
    problems.push(`console error: ${message.text()}${url ? ` (${url}:${lineNumber})` : ''}`);
  });
  context.on('weberror', (error) => problems.push(`uncaught error: ${error.error().stack ?? error.error().message}`));
}

type Cleanup = () => Promise<unknown>;

/** Starts Chromium on a new profile and opens the app; `cleanups` learns how to undo each step as it is taken. */
async function launch(appUrl: string, options: OpenAppOptions, cleanups: Cleanup[]) {
  const profile = await mkdtemp(path.join(tmpdir(), 'forkcast-e2e-'));
  cleanups.push(() => rm(profile, { recursive: true, force: true, maxRetries: 3 }));
  // A persistent context keeps IndexedDB across reloads within the test; the
  // throwaway profile keeps it from leaking into the next test.
  const context = await chromium.launchPersistentContext(profile, {
    ...CHROMIUM_CONTEXT_OPTIONS,
    args: [...CHROMIUM_CONTEXT_OPTIONS.args],
    acceptDownloads: false,
  });
  cleanups.push(() => context.close());
  // A missing control fails the step that wanted it, naming it, rather than timing the whole test out.
  context.setDefaultTimeout(ACTION_TIMEOUT_MS);

  const origin = new URL(appUrl).origin;
  const requests: string[] = [];
  const problems: string[] = [];
  await watch(context, origin, requests, problems);
  if (options.electronBridge) await context.addInitScript(installElectronBridge);
  if (!options.welcome) await context.addInitScript(markWelcomeSeen);
  for (const script of options.initScripts ?? []) await context.addInitScript(script);

  const page = context.pages()[0] ?? (await context.newPage());
  // The journal is open once the views appear, or a problem or the unlock screen is shown instead.
  const opened = () =>
    page
      .getByRole('navigation', { name: 'Views' })
      .or(page.getByRole('alert'))
      .or(page.getByRole('form', { name: 'Unlock' }))
      .first()
      .waitFor();
  const app: App = {
    page,
    origin,
    requests,
    goto: async (route = '') => {
      await page.goto(new URL(route, appUrl).href);
      await opened();
    },
    reload: async () => {
      await page.reload();
      await opened();
    },
    takeProblems: () => problems.splice(0),
  };
  await app.goto();
  return { app, problems };
}

export const test = base.extend<{ openApp: (options?: OpenAppOptions) => Promise<App> }>({
  // Vitest reads a fixture's dependencies from this destructuring; this one has none.
  // eslint-disable-next-line no-empty-pattern
  openApp: async ({}, use) => {
    const appUrl = inject('appUrl');
    const cleanups: Cleanup[] = [];
    const problems: string[][] = [];

    await use(async (options = {}) => {
      const launched = await launch(appUrl, options, cleanups);
      problems.push(launched.problems);
      return launched.app;
    });

    // Browsers close before their profiles are removed.
    for (const cleanup of cleanups.reverse()) await cleanup();
    const left = problems.flat();
    if (left.length > 0) throw new Error(`The app misbehaved during the test:\n  ${left.join('\n  ')}`);
  },
});

export { expect } from 'vitest';
