import type { Page } from 'playwright-core';
import { DEFAULT_KDF_COST } from '../../renderer/src/crypto/kdf';
import { DEFAULT_PLAN, measuredRuns, pairedRuns, type RunPlan } from '../measure';
import { atSize, REPORT_ONLY, timedRow, under, type Row, type Target } from '../rows';
import { openBrowser, type BenchBrowser } from './chromium';
import { freshLoad, seedApp, type BrowserEnvironment } from './environment';
import { bareNotes, PHRASE, typeRun } from './typing';

const PASSPHRASE = 'copper kettle harbour lantern';
const VIEW_TIMEOUT_MS = 30_000;

/**
 * Notes when the journal's key became usable: the last WebCrypto key import
 * before the views open is the data key's, once the keyring has opened. An
 * init script, so it must use nothing from outside its body.
 */
function watchKeyImports(): void {
  if (typeof SubtleCrypto === 'undefined') return;
  const importKey = SubtleCrypto.prototype.importKey as (...args: unknown[]) => Promise<CryptoKey>;
  const watched = function (this: SubtleCrypto, ...args: unknown[]) {
    const imported = importKey.apply(this, args);
    void imported.then(() => Reflect.set(window, 'benchKeyAt', performance.now()));
    return imported;
  };
  SubtleCrypto.prototype.importKey = watched as SubtleCrypto['importKey'];
}

const shown = async (page: Page, view: 'today' | 'trends'): Promise<number> => {
  const time = await page.evaluate(([name, ms]) => window.benchProbe.shown(name, ms), [view, VIEW_TIMEOUT_MS] as const);
  if (time === null) throw new Error(`The ${view} view was not ready within ${VIEW_TIMEOUT_MS / 1000} s.`);
  return time;
};

/** Sets a passphrase through Settings, as a user does, and returns ms from "Lock my journal" to the pass's end. */
async function turnLockOn(page: Page, appUrl: string): Promise<number> {
  await freshLoad(page, `${appUrl}#/settings`);
  await page.getByRole('button', { name: 'Set a passphrase…' }).click({ timeout: VIEW_TIMEOUT_MS });
  const form = page.getByRole('form', { name: 'Set a passphrase' });
  await form.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
  await form.getByLabel('Type it again').fill(PASSPHRASE);
  await form.getByRole('checkbox', { name: /I understand/ }).check();
  await form.getByRole('button', { name: 'Continue' }).click();
  await page.getByRole('checkbox', { name: 'I have printed or written down my recovery key' }).check();
  const started = Date.now();
  await page.getByRole('button', { name: 'Lock my journal' }).click();
  await page
    .getByRole('status')
    .filter({ hasText: /^Your journal is locked: / })
    .waitFor({ timeout: 10 * 60_000 });
  return Date.now() - started;
}

interface UnlockRun {
  /** Click on Unlock until the view is ready, the key derivation included. */
  total: number;
  /** From the moment the data key was usable until the view was ready. */
  afterKey: number;
}

/** Loads `route` on the locked journal, unlocks it, and times the view `view` becoming ready. */
async function unlockInto(page: Page, appUrl: string, route: string, view: 'today' | 'trends'): Promise<UnlockRun> {
  await freshLoad(page, `${appUrl}${route}`);
  const unlock = page.getByRole('form', { name: 'Unlock' });
  await unlock.getByLabel('Passphrase').fill(PASSPHRASE);
  await unlock.getByRole('button', { name: 'Unlock' }).click();
  const ready = await shown(page, view);
  const clickAt = await page.evaluate(() => window.benchProbe.lastClickAt());
  const keyAt = await page.evaluate(() => Reflect.get(window, 'benchKeyAt') as number | undefined);
  if (clickAt === null || keyAt === undefined) throw new Error('The unlock was not seen.');
  return { total: ready - clickAt, afterKey: ready - keyAt };
}

async function plainView(page: Page, appUrl: string, route: string, view: 'today' | 'trends'): Promise<number> {
  await freshLoad(page, `${appUrl}${route}`);
  return shown(page, view);
}

/** The KDF's cost as the issue asks for it: about 0.3 to 0.5 s on this machine. */
const KDF_TARGET: Target = {
  text: 'about 0.3–0.5 s',
  met: (value) => value >= 250 && value <= 600,
};

/**
 * The lock (issue 17) with `count` entries: one profile keeps the journal
 * plain, for the baselines; another has it locked through Settings. Each run
 * unlocks into Today and into Trends, and the key derivation is timed on its
 * own in the same browser; typing is timed on the locked journal beside a
 * bare textarea.
 */
export async function lockCase(env: BrowserEnvironment, count: number, plan: RunPlan = DEFAULT_PLAN): Promise<Row[]> {
  const plain = await openBrowser();
  let locked: BenchBrowser | undefined;
  try {
    await seedApp(plain, env, count);
    locked = await openBrowser();
    await locked.page.context().addInitScript(watchKeyImports);
    await seedApp(locked, env, count);
    const turnOn = await turnLockOn(locked.page, env.appUrl);
    const page = locked.page;

    const kdf = await measuredRuns(plan, async () => {
      await page.evaluate(env.tools);
      return page.evaluate(() => globalThis.forkcastBench.deriveKey());
    });
    const today = await pairedRuns(
      plan,
      async () => (await unlockInto(page, env.appUrl, '#/today', 'today')).total,
      () => plainView(plain.page, env.appUrl, '#/today', 'today'),
    );
    const trends = await pairedRuns(
      plan,
      async () => {
        const run = await unlockInto(page, env.appUrl, '#/trends', 'trends');
        return run.afterKey;
      },
      () => plainView(plain.page, env.appUrl, '#/trends', 'trends'),
    );
    const todayAfterKey = await measuredRuns(
      plan,
      async () => (await unlockInto(page, env.appUrl, '#/today', 'today')).afterKey,
    );

    // Typing on the locked journal: every change is sealed for its write-ahead copy and its save.
    await unlockInto(page, env.appUrl, '#/today', 'today');
    const bare = await page.context().newPage();
    await bare.goto(env.benchUrl);
    const typing = await pairedRuns(
      plan,
      () => typeRun(page.getByLabel('Notes', { exact: true }), PHRASE, 'end'),
      () => typeRun(bareNotes(bare), PHRASE, 'end'),
    );

    const { logN, r, p } = DEFAULT_KDF_COST;
    return [
      timedRow(
        `lock: scrypt key derivation (N=2^${logN}, r=${r}, p=${p})`,
        count,
        KDF_TARGET,
        kdf,
        null,
        '64 MiB of memory per guess; measured in the page, as unlocking runs it',
      ),
      timedRow(
        'lock: Unlock clicked to Today ready (KDF included)',
        count,
        atSize(count, { 10_000: under(1_000) }),
        today.subject,
        today.baseline,
        'baseline: the same journal without a lock, navigation to Today ready',
      ),
      timedRow(
        'lock: key unwrapped to Today ready',
        count,
        atSize(count, { 10_000: under(300) }),
        todayAfterKey,
        today.baseline,
        'baseline: the same journal without a lock, navigation to Today ready',
      ),
      timedRow(
        'lock: key unwrapped to Trends drawn',
        count,
        atSize(count, { 10_000: under(1_000) }),
        trends.subject,
        trends.baseline,
        'the worker decrypts every day of the range; baseline: the same journal without a lock, navigation to Trends drawn',
      ),
      timedRow(
        'typing: keystroke to paint (Notes, locked)',
        count,
        under(16),
        typing.subject,
        typing.baseline,
        'baseline: a bare textarea',
      ),
      timedRow(
        'lock: turning the lock on (encrypting every day)',
        count,
        REPORT_ONLY,
        [turnOn],
        null,
        'one run, through Settings: from “Lock my journal” to the notice that every day is encrypted',
      ),
    ];
  } finally {
    await plain.close();
    await locked?.close();
  }
}
