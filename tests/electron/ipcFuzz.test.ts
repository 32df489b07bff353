import type * as Fs from 'node:fs';
import type * as FsPromises from 'node:fs/promises';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { BRIDGE_CONTRACT, type BridgeVerb } from '../../shared/bridge';
import { CONTENT_SECURITY_POLICY_HEADER } from '../../shared/csp';
import { createAppProtocolHandler, isInsideRoot, resolveAppPath } from '../../electron/appProtocol';
import { journalArbitrary } from '../fixtures/entryArbitrary';
import { goodDay } from '../fixtures/entries';

const journalDay = goodDay('2026-11-20');

/**
 * Fuzzes main's IPC surface as main itself wires it: main.ts is loaded
 * against the fake Electron, with the real handlers, registerVerbs, sender
 * guard, markdown folder code and disk. Every write main makes is recorded,
 * so "only dialog-chosen paths are written" is checked on the file system,
 * not on what a handler says it did.
 */

const writes = vi.hoisted(() => {
  const paths: string[] = [];
  type Constants = { O_WRONLY: number; O_RDWR: number; O_CREAT: number };
  const opensToWrite = (constants: Constants, flags: unknown) =>
    typeof flags === 'number'
      ? (flags & (constants.O_WRONLY | constants.O_RDWR | constants.O_CREAT)) !== 0
      : flags !== undefined && flags !== 'r' && typeof flags !== 'function';
  /** What each writing call writes, by its arguments; the same names in node:fs and node:fs/promises. */
  const written = (constants: Constants): Record<string, (...args: unknown[]) => unknown[]> => ({
    open: (file, flags) => (opensToWrite(constants, flags) ? [file] : []),
    writeFile: (file) => [file],
    appendFile: (file) => [file],
    mkdir: (dir) => [dir],
    rename: (from, to) => [from, to],
    rm: (target) => [target],
    unlink: (target) => [target],
    copyFile: (_from, to) => [to],
    symlink: (_target, link) => [link],
    truncate: (file) => [file],
  });
  /** The module with each writing call recording the paths it writes before it runs. */
  const recorded = <M extends { constants: Constants }>(actual: M): M => {
    // Looked up by name: both modules have these calls, with their own signatures, passed through untouched.
    const calls = actual as unknown as Record<string, (...args: unknown[]) => unknown>;
    const wrapped = Object.entries(written(actual.constants)).map(([name, record]) => [
      name,
      (...args: unknown[]) => {
        for (const target of record(...args)) paths.push(String(target));
        return calls[name]?.(...args);
      },
    ]);
    return { ...actual, ...Object.fromEntries(wrapped) };
  };
  return { paths, recorded };
});
vi.mock('node:fs/promises', async (importOriginal) => writes.recorded(await importOriginal<typeof FsPromises>()));
// The callback API too: electron/atomicWrite.ts makes and fills its temporary files through it.
vi.mock('node:fs', async (importOriginal) => writes.recorded(await importOriginal<typeof Fs>()));

const electron = await vi.hoisted(async () => (await import('./fakes/fakeElectron')).createFakeElectron());
vi.mock('electron', () => electron);
const { FakeBrowserWindow, FakeWebContents: FakeContents, loadedWindow } = await import('./fakes/fakeElectron');

let sandbox: string;
let window: InstanceType<typeof FakeBrowserWindow>;

/** Verbs that write one file of the app's own, in its profile, whose name the page cannot choose. */
const APP_FILE_VERBS: ReadonlySet<BridgeVerb> = new Set(['saveUnlockSecret', 'forgetUnlockSecret']);
const isAppUnlockFile = (written: string) =>
  path.dirname(written) === path.join(sandbox, 'userData') &&
  /^\.?unlock-key\.bin(\.[\w-]+\.tmp)?$/.test(path.basename(written));
/** Verbs that write the habit settings in the profile and, on Linux, the login item's autostart entry. */
const HABIT_VERBS: ReadonlySet<BridgeVerb> = new Set(['setReminder', 'setTray', 'setLaunchAtLogin', 'setQuickCapture']);
const isHabitFile = (written: string) =>
  (path.dirname(written) === path.join(sandbox, 'userData') &&
    /^\.?habits\.json(\.[\w-]+\.tmp)?$/.test(path.basename(written))) ||
  isInsideRoot(path.join(sandbox, 'config', 'autostart'), written);

/**
 * The live folder's two files in the profile: which folder it is, and what was last seen in it. The second
 * is saved a moment after the live folder is written or settled, so it may land while another verb runs.
 */
const isLiveFolderFile = (written: string) =>
  path.dirname(written) === path.join(sandbox, 'userData') &&
  /^\.?live-folder(-seen)?\.json(\.[\w-]+\.tmp)?$/.test(path.basename(written));

beforeAll(async () => {
  sandbox = await mkdtemp(path.join(tmpdir(), 'forkcast-ipc-fuzz-'));
  const chosen = path.join(sandbox, 'chosen');
  await mkdir(chosen);
  await mkdir(path.join(sandbox, 'userData'));
  electron.app.getPath.mockImplementation((name: string) => path.join(sandbox, name));
  await writeFile(path.join(sandbox, 'backup.json'), '{"not":"a backup"}');
  // The user always picks something inside the sandbox; whatever the page sends must stay there.
  electron.dialog.showSaveDialog.mockImplementation(async (...args: unknown[]) => {
    const options = args.at(-1) as { defaultPath: string };
    return { canceled: false, filePath: path.join(chosen, path.basename(options.defaultPath)) };
  });
  electron.dialog.showOpenDialog.mockImplementation(async (...args: unknown[]) => {
    const options = args.at(-1) as { properties: string[] };
    const picked = options.properties.includes('openDirectory') ? chosen : path.join(sandbox, 'backup.json');
    return { canceled: false, filePaths: [picked] };
  });
  // A Linux login item stays in the sandbox too.
  vi.stubEnv('XDG_CONFIG_HOME', path.join(sandbox, 'config'));
  await import('../../electron/main');
  window = await loadedWindow();
  expect(FakeBrowserWindow.instances).toHaveLength(1);
});
afterAll(() => rm(sandbox, { recursive: true, force: true }));

type Sender =
  | { kind: 'trusted' }
  | { kind: 'frame'; url: string }
  | { kind: 'subframe' | 'null frame' | 'destroyed frame' | 'other contents' };

const senderArbitrary: fc.Arbitrary<Sender> = fc.oneof(
  fc.constant({ kind: 'trusted' as const }),
  fc.record({
    kind: fc.constant('frame' as const),
    url: fc.oneof(
      fc.webUrl(),
      fc.constantFrom(
        'app://forkcast.evil/',
        'app://evil@forkcast/',
        'app://forkcast:444/',
        'app://other/',
        'file:///index.html',
        'devtools://devtools/',
        'about:blank',
        'null',
        '',
      ),
      fc.string(),
    ),
  }),
  fc.constantFrom(
    { kind: 'subframe' as const },
    { kind: 'null frame' as const },
    { kind: 'destroyed frame' as const },
    { kind: 'other contents' as const },
  ),
);

function eventFrom(sender: Sender): unknown {
  const contents = window.webContents;
  const main = contents.mainFrame;
  switch (sender.kind) {
    case 'trusted':
      return { sender: contents, senderFrame: main };
    case 'frame':
      return { sender: contents, senderFrame: { url: sender.url, parent: null } };
    case 'subframe':
      return { sender: contents, senderFrame: { url: main.url, parent: main } };
    case 'null frame':
      return { sender: contents, senderFrame: null };
    case 'destroyed frame':
      return Object.defineProperty({ sender: contents }, 'senderFrame', {
        get: (): never => {
          throw new Error('Render frame was disposed before WebFrameMain could be accessed');
        },
      });
    case 'other contents':
      return { sender: new FakeContents(), senderFrame: main };
  }
}

/** Names main must never write however they are spelled: the page suggests, the dialog decides. */
const hostileName = fc.constantFrom(
  '../../.bashrc',
  '/etc/passwd',
  '..',
  'C:\\Windows\\win.ini',
  '..\\..\\x.json',
  'a/../../b.json',
  '%2e%2e%2fx.json',
  'backup.json',
  '.hidden.json',
);

/** The session of the last export that left a file alone (see the conflict verbs' set-up below), once there is one. */
const exportSession = { id: '00000000-0000-4000-8000-000000000000' };

/** A request naming an export's conflicts: a real session or another, real paths or hostile ones. */
const conflictRequest = fc.record({
  session: fc.oneof(
    fc.constant(null).map(() => exportSession.id),
    fc.uuid(),
    hostileName,
  ),
  paths: fc.array(fc.oneof(fc.constantFrom('2026/2026-11-20.md', 'index.md', '2026/2026-01-01.md'), hostileName), {
    minLength: 1,
    maxLength: 3,
  }),
});

/** Payloads shaped like each verb's request, with hostile values, beside anything at all. */
function payloadArbitrary(verb: BridgeVerb): fc.Arbitrary<unknown> {
  const shaped: Partial<Record<BridgeVerb, fc.Arbitrary<unknown>>> = {
    saveBackup: fc.record({ suggestedName: fc.oneof(hostileName, fc.string()), text: fc.string() }),
    saveBrief: fc.record({ suggestedName: fc.oneof(hostileName, fc.string()), text: fc.string() }),
    printBriefToPdf: fc.record({
      suggestedName: fc.oneof(hostileName, fc.string()),
      paper: fc.oneof(fc.constantFrom('A4', 'Letter'), fc.string()),
    }),
    saveUnlockSecret: fc.record({
      secret: fc.oneof(
        fc.uint8Array({ minLength: 32, maxLength: 32 }).map((bytes) => Buffer.from(bytes).toString('base64')),
        fc.constantFrom('../../unlock-key.bin', '/etc/passwd', ''),
        fc.string(),
      ),
    }),
    readyToClose: fc.oneof(
      fc.record({ requestId: fc.integer({ min: -1, max: 5 }), outcome: fc.constant('saved') }),
      fc.record({ requestId: fc.integer({ min: 1, max: 5 }), outcome: fc.constant('unsaved'), message: fc.string() }),
    ),
    exportMarkdown: fc.record({
      entries: journalArbitrary(3),
      customActivities: fc.constant([]),
      range: fc.constantFrom(null, { from: '1990-01-01', to: '2099-12-31' }, { from: '../..', to: '/etc' }),
    }),
    writeLiveFolder: fc.record({
      entries: journalArbitrary(3),
      customActivities: fc.constant([]),
      removed: fc.array(fc.constantFrom('2026-11-21', '2026-02-30', '../..', '/etc/passwd'), { maxLength: 2 }),
      index: fc.array(
        fc.record({ date: fc.constantFrom('2026-11-20', '../..'), dayKind: fc.constantFrom('good', 'x') }),
        {
          maxLength: 2,
        },
      ),
      full: fc.boolean(),
    }),
    settleLiveChanges: fc.record({
      taken: fc.array(fc.oneof(fc.constantFrom('2026/2026-11-20.md', 'index.md'), hostileName), { maxLength: 3 }),
    }),
    readConflictFiles: conflictRequest,
    overwriteConflicts: conflictRequest,
    recordConflictsTaken: conflictRequest,
    setReminder: fc.record({
      enabled: fc.boolean(),
      time: fc.oneof(fc.constantFrom('07:00', '23:59', '00:00', '24:00', '7:00', '12:60', '', '17:30:00'), fc.string()),
    }),
    setTray: fc.record({ enabled: fc.boolean() }),
    setLaunchAtLogin: fc.record({ enabled: fc.boolean() }),
    setQuickCapture: fc.record({
      enabled: fc.boolean(),
      accelerator: fc.oneof(
        fc.constantFrom('CommandOrControl+Alt+J', 'Control+Shift+F12', 'J', 'Shift+J', 'Ctrl+Ctrl+J', 'Alt+Hyper+J'),
        fc.string(),
      ),
    }),
    reportDay: fc.record({
      date: fc.constantFrom('2026-11-20', '2026-02-30', '../..'),
      written: fc.boolean(),
      timeZone: fc.constantFrom('Europe/Berlin', 'UTC', 'Mars/Olympus', '', '../../etc/localtime'),
    }),
  };
  return fc.oneof(
    { arbitrary: shaped[verb] ?? fc.constant(undefined), weight: 4 },
    fc.constant(undefined),
    fc.anything(),
  );
}

const VERBS = Object.keys(BRIDGE_CONTRACT) as BridgeVerb[];

function handlerFor(verb: BridgeVerb): (event: unknown, ...args: unknown[]) => Promise<unknown> {
  const handler = electron.ipcMain.handlers.get(BRIDGE_CONTRACT[verb].channel);
  if (!handler) throw new Error(`main registers no handler for ${verb}`);
  return handler as (event: unknown, ...args: unknown[]) => Promise<unknown>;
}

/** Calls a handler as Electron would; a synchronous throw would be a crash, so it is not caught here. */
async function invoke(verb: BridgeVerb, sender: Sender, args: unknown[]) {
  const pending = handlerFor(verb)(eventFrom(sender), ...args);
  try {
    return { answered: await pending };
  } catch (error) {
    return { rejected: error };
  }
}

const dialogsShown = (): number =>
  electron.dialog.showSaveDialog.mock.calls.length + electron.dialog.showOpenDialog.mock.calls.length;

/** A typed refusal: a `failed` answer, or an IpcRejectedError where the verb's answer has no failure shape. */
function isTypedFailure(outcome: { answered?: unknown; rejected?: unknown }): boolean {
  if ('rejected' in outcome) return outcome.rejected instanceof Error && outcome.rejected.name === 'IpcRejectedError';
  const answer = outcome.answered as { status?: unknown; message?: unknown } | undefined;
  return answer?.status === 'failed' && typeof answer.message === 'string' && answer.message.length > 0;
}

/**
 * Puts a note of the user's where the export writes 2026-11-20 and exports,
 * so the conflict verbs have a real session to act on, in the chosen folder.
 */
async function leaveAFileAlone(): Promise<void> {
  const chosen = path.join(sandbox, 'chosen');
  await rm(chosen, { recursive: true, force: true });
  await mkdir(path.join(chosen, '2026'), { recursive: true });
  await writeFile(path.join(chosen, '2026', '2026-11-20.md'), 'My own note.\n');
  const day = { ...journalDay, date: '2026-11-20' };
  const answer = (await handlerFor('exportMarkdown')(eventFrom({ kind: 'trusted' }), {
    entries: [day],
    customActivities: [],
    range: null,
  })) as { status: string; session?: string | null };
  if (answer.status !== 'saved' || !answer.session)
    throw new Error(`expected an export with a conflict: ${JSON.stringify(answer)}`);
  exportSession.id = answer.session;
}

describe('every IPC handler main registers', () => {
  it('covers every verb of the bridge contract', () => {
    expect([...electron.ipcMain.handlers.keys()].sort()).toEqual(VERBS.map((v) => BRIDGE_CONTRACT[v].channel).sort());
  });

  it('refuses every untrusted sender on every verb, whatever it sends', async () => {
    const untrusted = senderArbitrary.filter((sender) => sender.kind !== 'trusted');
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...VERBS),
        untrusted,
        fc.array(fc.anything(), { maxLength: 2 }),
        async (verb, sender, args) => {
          const dialogs = dialogsShown();
          writes.paths.length = 0;
          const outcome = await invoke(verb, sender, args);
          expect(isTypedFailure(outcome), `${verb} from ${JSON.stringify(sender)}`).toBe(true);
          expect(dialogsShown()).toBe(dialogs);
          expect(writes.paths).toEqual([]);
        },
      ),
      { numRuns: 300 },
    );
  });

  it.each(VERBS)(
    '%s: answers any payload from the app with its typed response or a typed failure, writing only where the dialog chose or to its own settings',
    async (verb) => {
      if (/Conflict/.test(verb)) await leaveAFileAlone();
      // The live folder writes only once it is on: the user picks the folder first.
      if (/Live(Folder$|Changes)/.test(verb) && verb !== 'stopLiveFolder') {
        await handlerFor('chooseLiveFolder')(eventFrom({ kind: 'trusted' }));
      }
      const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
      const { request, response } = BRIDGE_CONTRACT[verb];
      let validRuns = 0;
      let writesSeen = 0;
      await fc.assert(
        fc.asyncProperty(
          // Mostly one argument, as the preload sends; sometimes none or two.
          fc.oneof(
            { arbitrary: fc.tuple(payloadArbitrary(verb)), weight: 4 },
            fc.array(payloadArbitrary(verb), { maxLength: 2 }),
          ),
          async (args: unknown[]) => {
            writes.paths.length = 0;
            const dialogs = dialogsShown();
            const outcome = await invoke(verb, { kind: 'trusted' }, args);
            const valid = args.length <= 1 && request.safeParse(args[0]).success;
            if (valid) {
              validRuns += 1;
              expect(
                'answered' in outcome && response.safeParse(outcome.answered).success,
                JSON.stringify(outcome),
              ).toBe(true);
            } else {
              expect(isTypedFailure(outcome), JSON.stringify(outcome)).toBe(true);
              expect(dialogsShown()).toBe(dialogs);
            }
            writesSeen += writes.paths.length;
            for (const written of writes.paths) {
              const allowed =
                isLiveFolderFile(written) ||
                (APP_FILE_VERBS.has(verb)
                  ? isAppUnlockFile(written)
                  : HABIT_VERBS.has(verb)
                    ? isHabitFile(written)
                    : isInsideRoot(path.join(sandbox, 'chosen'), written));
              expect(allowed, written).toBe(true);
            }
          },
        ),
        {
          numRuns: verb === 'exportMarkdown' ? 40 : 120,
          // A request naming exactly the real conflict is rare among random ones; without it first, a run
          // could pass without ever reaching the writer, and the check below would fail by chance.
          examples: /Conflict/.test(verb) ? [[[{ session: exportSession.id, paths: ['2026/2026-11-20.md'] }]]] : [],
        },
      );
      // registerVerbs logs a handler that threw; none may have.
      expect(errors).not.toHaveBeenCalled();
      // Not vacuous: valid requests reached every handler, and the recorder saw the writers write.
      expect(validRuns).toBeGreaterThan(0);
      if (/^(save|print|export|overwrite|forget|write|choose)/.test(verb)) expect(writesSeen).toBeGreaterThan(0);
    },
  );
});

describe('the app:// protocol handler', () => {
  let base: string;
  let root: string;
  beforeAll(async () => {
    base = await mkdtemp(path.join(tmpdir(), 'forkcast-protocol-fuzz-'));
    root = path.join(base, 'renderer');
    await mkdir(path.join(root, 'assets'), { recursive: true });
    await writeFile(path.join(root, 'index.html'), '<!doctype html><title>Forkcast</title>');
    await writeFile(path.join(root, 'assets', 'app.js'), 'console.log(1)');
    // Siblings whose names start with the root's: a string-prefix check would serve them.
    for (const sibling of ['renderer-secrets', 'renderer2', 'renderer.bak']) {
      await mkdir(path.join(base, sibling));
      await writeFile(path.join(base, sibling, 'journal.txt'), 'SECRET');
    }
    await writeFile(path.join(base, 'secret.txt'), 'SECRET');
  });
  afterAll(() => rm(base, { recursive: true, force: true }));

  /** A path segment as an attacker would spell it: dot-dots in every encoding, separators, siblings, noise. */
  const segment = fc.oneof(
    fc.constantFrom('..', '%2e%2e', '%2E%2E', '.%2e', '%2e.', '..%2f', '..%5c', '..\\', '\\', '%5c', '%5C', '%00'),
    fc.constantFrom('renderer-secrets', 'renderer2', 'renderer.bak', 'secret.txt', 'journal.txt', 'assets', 'app.js'),
    fc.string({ maxLength: 8 }).map(encodeURIComponent),
  );
  const appPath = fc.array(segment, { minLength: 1, maxLength: 6 }).map((parts) => parts.join('/'));

  it('never resolves a path outside the renderer folder, and refuses any dot-dot or backslash', () => {
    fc.assert(
      fc.property(appPath, (suffix) => {
        const resolved = resolveAppPath(root, `app://forkcast/${suffix}`);
        if (resolved !== null) expect(isInsideRoot(root, resolved), resolved).toBe(true);
        const decoded = decodeURIComponentOrNull(suffix);
        if (decoded === null || /(^|[/\\])\.\.([/\\]|$)|\\/.test(decoded)) expect(resolved).toBeNull();
      }),
      { numRuns: 2_000 },
    );
  });

  it('refuses every other scheme, host, port and credential', () => {
    const otherOrigin = fc.oneof(
      fc
        .domain()
        .filter((host) => host !== 'forkcast')
        .map((host) => `app://${host}/index.html`),
      fc.webUrl(),
      fc.constantFrom('app://forkcast:1/', 'app://u:p@forkcast/', 'app://forkcast.evil/', 'file:///etc/passwd'),
    );
    fc.assert(
      fc.property(otherOrigin, (url) => {
        expect(resolveAppPath(root, url), url).toBeNull();
      }),
    );
  });

  it('answers every request, served or refused, with the CSP and nosniff', async () => {
    const handle = createAppProtocolHandler(root);
    await fc.assert(
      fc.asyncProperty(appPath, fc.constantFrom('GET', 'HEAD', 'POST'), async (suffix, method) => {
        const response = await handle(new Request(`app://forkcast/${suffix}`, { method }));
        expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY_HEADER);
        expect(response.headers.get('x-content-type-options')).toBe('nosniff');
        expect(await response.text()).not.toContain('SECRET');
      }),
      { numRuns: 300 },
    );
  });
});

function decodeURIComponentOrNull(text: string): string | null {
  try {
    return decodeURIComponent(text);
  } catch {
    return null;
  }
}
