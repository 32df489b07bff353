import { liveQuery, type Subscription } from 'dexie';
import type { Keyring } from '../../../shared';
import { fromBase64, randomBytes, toBase64 } from '../crypto/bytes';
import type { KdfCost } from '../crypto/kdf';
import {
  createKeyring,
  openKeyring,
  rewrapKeyring,
  WrongSecretError,
  type KeyringChange,
  type NewLock,
  type Secret,
} from '../crypto/keyring';
import { forgetDamaged } from '../data/damagedRows';
import { db } from '../data/database';
import { describeStorageError } from '../data/errors';
import { keyState, runBeforeOpen, setLocked, setNoLock, setUnlocked, writesSettled } from '../data/journalKey';
import { LockChangedError } from '../data/journalRows';
import {
  beginLock,
  beginUnlockAll,
  openJournal,
  sealJournal,
  type PassProgress,
  type PassReport,
} from '../data/lockPass';
import { deleteSetting, getSetting, setSetting } from '../data/settingsRepository';
import type { SystemUnlockPort } from './systemUnlock';
import { describeWait, unlockDelayMs } from './unlockDelay';

/** Why the journal is locked, for the unlock screen's first line. */
export type LockReason = 'start' | 'manual' | 'idle' | 'system' | 'elsewhere';

export type LockView =
  | { status: 'checking' }
  /** No lock: the journal is stored in the clear. `notice` reports a pass that just finished. */
  | { status: 'none'; notice: string | null }
  | {
      status: 'locked';
      reason: LockReason;
      /** A key derivation is running. */
      busy: boolean;
      message: string | null;
      /** Epoch ms before which another try is refused, after repeated wrong passphrases. */
      retryAt: number | null;
      /** The keyring has a slot for the computer account. */
      systemSlot: boolean;
    }
  /** The views are closing and saving their drafts; the key is dropped next. */
  | { status: 'locking'; reason: LockReason }
  | { status: 'unlocked'; keyring: Keyring; notice: string | null }
  /** Opened with the recovery key: a new passphrase must be chosen before the journal opens. */
  | { status: 'new-passphrase'; busy: boolean; message: string | null }
  | { status: 'passing'; direction: 'on' | 'off'; progress: PassProgress | null; failure: string | null };

export interface LockControllerOptions {
  system?: SystemUnlockPort | null;
  now?: () => number;
  /** Scrypt cost for new passphrases; tests use a cheap one. */
  kdfCost?: KdfCost;
}

const plural = (count: number, one: string, many = `${one}s`) =>
  `${count.toLocaleString('en')} ${count === 1 ? one : many}`;

function describePass(direction: 'on' | 'off', report: PassReport): string {
  const days = plural(report.days, 'day');
  const activities = plural(report.activities, 'activity of your own', 'activities of your own');
  const what =
    report.reviews > 0
      ? `${days}, ${activities} and ${plural(report.reviews, 'weekly review')}`
      : `${days} and ${activities}`;
  const done =
    direction === 'on'
      ? `Your journal is locked: ${what} were encrypted.`
      : `The lock is off: ${what} are stored unencrypted again.`;
  if (report.damaged.length === 0) return done;
  return `${done} ${plural(report.damaged.length, 'day')} could not be decrypted and ${report.damaged.length === 1 ? 'was' : 'were'} left as ${report.damaged.length === 1 ? 'it was' : 'they were'}: ${report.damaged.join(', ')}.`;
}

/**
 * The lock's state machine for one window, as a plain class (no React) so
 * its rules are tested on their own; `useLock` connects it to the UI.
 *
 * It owns the in-memory key (through journalKey.ts), unlocking and locking,
 * setting, changing and removing the passphrase, the recovery key, the
 * computer-account slot and the passes that encrypt or decrypt every entry.
 * It follows the stored keyring, so a lock set, changed or removed in another
 * window reaches this one.
 */
export class LockController {
  private view: LockView = { status: 'checking' };
  private readonly listeners = new Set<() => void>();
  private keyring: Keyring | null = null;
  private prepared: NewLock | null = null;
  /** The key id of a keyring this window is writing itself, which `follow` must not take for another window's. */
  private expecting: string | null = null;
  /** The recovery key just used, held only until the new passphrase is set. */
  private recoveryKey: string | null = null;
  private watching: Subscription | null = null;
  private readonly system: SystemUnlockPort | null;
  private readonly now: () => number;
  private readonly kdfCost: KdfCost | undefined;

  constructor(options: LockControllerOptions = {}) {
    this.system = options.system ?? null;
    this.now = options.now ?? Date.now;
    this.kdfCost = options.kdfCost;
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getView = (): LockView => this.view;

  private show(view: LockView): void {
    this.view = view;
    for (const listener of this.listeners) listener();
  }

  /** Reads the keyring once the database is open, then follows it. */
  start = async (): Promise<void> => {
    if (this.view.status !== 'checking') return;
    const keyring = (await db.keyring.get('journal')) ?? null;
    this.keyring = keyring;
    if (keyring) {
      setLocked(keyring.keyId);
      this.showLocked('start');
    } else {
      setNoLock();
      this.show({ status: 'none', notice: null });
    }
    this.watching ??= liveQuery(() => db.keyring.get('journal')).subscribe({
      next: (stored) => this.follow(stored ?? null),
      error: () => undefined,
    });
  };

  /** Stops following the keyring (tests, and a window closing). */
  stop = (): void => {
    this.watching?.unsubscribe();
    this.watching = null;
  };

  /** The journal's keyring changed, perhaps in another window. */
  private follow(stored: Keyring | null): void {
    const view = this.view;
    if (view.status === 'checking' || view.status === 'passing' || view.status === 'locking') return;
    if (stored && stored.keyId === this.expecting) return;
    const known = this.keyring;
    this.keyring = stored;
    if (!stored) {
      if (view.status === 'none') return;
      setNoLock();
      this.recoveryKey = null;
      this.show({ status: 'none', notice: null });
      return;
    }
    if (view.status === 'none' || known?.keyId !== stored.keyId) {
      this.dropKey();
      setLocked(stored.keyId);
      this.showLocked('elsewhere');
      return;
    }
    if (view.status === 'unlocked') this.show({ ...view, keyring: stored });
    if (view.status === 'locked') this.show({ ...view, systemSlot: stored.system !== null });
  }

  private showLocked(reason: LockReason, message: string | null = null, retryAt: number | null = null): void {
    this.show({
      status: 'locked',
      reason,
      busy: false,
      message,
      retryAt,
      systemSlot: this.keyring?.system != null,
    });
  }

  private dropKey(): void {
    forgetDamaged();
    this.recoveryKey = null;
  }

  // Unlocking

  /** Tries a passphrase or recovery key; wrong ones are counted, and after a few each try waits longer. */
  unlock = async (secret: Secret): Promise<void> => {
    const view = this.view;
    if (view.status !== 'locked' || view.busy) return;
    const keyring = (await db.keyring.get('journal')) ?? null;
    this.keyring = keyring;
    if (!keyring) {
      setNoLock();
      this.show({ status: 'none', notice: null });
      return;
    }
    const failures = await getSetting('unlockFailures');
    const retryAt = failures ? Date.parse(failures.lastAt) + unlockDelayMs(failures.count) : null;
    if (retryAt !== null && 'systemSecret' in secret === false && this.now() < retryAt) {
      this.show({ ...view, message: `Wait ${describeWait(retryAt - this.now())} before trying again.`, retryAt });
      return;
    }
    this.show({ ...view, busy: true, message: null });
    let key: CryptoKey;
    try {
      key = await openKeyring(keyring, secret);
    } catch (error) {
      if (!(error instanceof WrongSecretError)) {
        this.showLocked(view.reason, describeStorageError(error, 'open'));
        return;
      }
      if (!error.tried) {
        this.showLocked(view.reason, error.message, retryAt);
        return;
      }
      const count = (failures?.count ?? 0) + 1;
      const at = new Date(this.now());
      await setSetting('unlockFailures', { count, lastAt: at.toISOString() }).catch(() => undefined);
      const wait = unlockDelayMs(count);
      this.showLocked(
        view.reason,
        wait > 0 ? `${error.message} Wait ${describeWait(wait)} before trying again.` : error.message,
        wait > 0 ? at.getTime() + wait : null,
      );
      return;
    }
    await deleteSetting('unlockFailures').catch(() => undefined);
    setUnlocked(keyring.keyId, key);
    if ('recoveryKey' in secret) {
      this.recoveryKey = secret.recoveryKey;
      this.show({ status: 'new-passphrase', busy: false, message: null });
      return;
    }
    await this.resume(keyring);
  };

  /** Unlocks with the secret the computer account keeps, in the desktop app. */
  unlockWithSystem = async (): Promise<void> => {
    const view = this.view;
    if (view.status !== 'locked' || view.busy || !this.system) return;
    let secret: string | null;
    try {
      secret = await this.system.read();
    } catch (error) {
      this.showLocked(view.reason, error instanceof Error ? error.message : String(error));
      return;
    }
    if (secret === null) {
      this.showLocked(
        view.reason,
        'Your computer account no longer keeps Forkcast’s key (it was removed or the account changed). Unlock with your passphrase.',
      );
      return;
    }
    await this.unlock({ systemSecret: fromBase64(secret) });
  };

  /** After the recovery key: the new passphrase replaces the forgotten one, and the journal opens. */
  setNewPassphrase = async (passphrase: string): Promise<void> => {
    const view = this.view;
    const recoveryKey = this.recoveryKey;
    if (view.status !== 'new-passphrase' || view.busy || !recoveryKey || !this.keyring) return;
    this.show({ ...view, busy: true, message: null });
    try {
      const keyring = await this.rewrap({ recoveryKey }, { passphrase });
      this.recoveryKey = null;
      await this.resume(keyring);
    } catch (error) {
      this.show({ status: 'new-passphrase', busy: false, message: describeStorageError(error) });
    }
  };

  /** Goes on after an unlock: a pass that a kill interrupted runs to its end first. */
  private async resume(keyring: Keyring): Promise<void> {
    if (keyring.state === 'turning-on') return this.runPass('on');
    if (keyring.state === 'turning-off') return this.runPass('off');
    await this.showOpen(keyring, null);
  }

  /** Opens the views on the unlocked journal, once what must be decrypted before them (the drafts) is. */
  private async showOpen(keyring: Keyring, notice: string | null): Promise<void> {
    const state = keyState();
    if (state.status === 'unlocked') await runBeforeOpen(state.key);
    this.show({ status: 'unlocked', keyring, notice });
  }

  // Locking

  /** Locks now. The views close (saving drafts with the key they had) before the key is dropped. */
  lock = (reason: LockReason = 'manual'): void => {
    const view = this.view;
    if (view.status === 'unlocked' || view.status === 'new-passphrase') this.show({ status: 'locking', reason });
  };

  /** Called once the views have closed (the lock gate's effect); drops the key when their writes have settled. */
  finishLock = async (): Promise<void> => {
    const view = this.view;
    if (view.status !== 'locking') return;
    await writesSettled();
    const keyring = this.keyring;
    this.dropKey();
    if (!keyring) {
      setNoLock();
      this.show({ status: 'none', notice: null });
      return;
    }
    setLocked(keyring.keyId);
    this.showLocked(view.reason);
  };

  // Setting the lock up

  /**
   * Makes a keyring for `passphrase` and returns its recovery key to show.
   * Nothing is stored until `confirmLock`.
   */
  prepareLock = async (passphrase: string): Promise<string> => {
    if (this.view.status !== 'none') throw new LockChangedError();
    this.prepared = await createKeyring(passphrase, new Date(this.now()), this.kdfCost);
    return this.prepared.recoveryKey;
  };

  discardPreparedLock = (): void => {
    this.prepared = null;
  };

  /** Stores the prepared keyring and encrypts every entry, with progress. */
  confirmLock = async (): Promise<void> => {
    const prepared = this.prepared;
    if (!prepared || this.view.status !== 'none') return;
    this.prepared = null;
    await this.writingKeyring(prepared.keyring.keyId, async () => {
      await beginLock(prepared.keyring);
      this.keyring = prepared.keyring;
      setUnlocked(prepared.keyring.keyId, prepared.key);
      await this.runPass('on');
    });
  };

  /**
   * Restores a locked backup into a journal that has no lock: `write` stores
   * the backup's keyring with its days (one transaction), and the journal
   * opens with the backup's key, as the passphrase just typed unlocked it.
   */
  adoptLock = async (keyring: Keyring, key: CryptoKey, write: () => Promise<void>): Promise<void> => {
    if (this.view.status !== 'none') throw new LockChangedError();
    await this.writingKeyring(keyring.keyId, async () => {
      await write();
      this.keyring = { ...keyring, state: 'on', system: null };
      setUnlocked(keyring.keyId, key);
      await this.showOpen(this.keyring, null);
    });
  };

  private async writingKeyring(keyId: string, work: () => Promise<void>): Promise<void> {
    this.expecting = keyId;
    try {
      await work();
    } finally {
      this.expecting = null;
    }
  }

  /** Decrypts every entry and removes the lock, after the passphrase is typed again. */
  turnOff = async (passphrase: string): Promise<void> => {
    const keyring = this.keyring;
    if (this.view.status !== 'unlocked' || !keyring) return;
    await openKeyring(keyring, { passphrase });
    await beginUnlockAll(keyring.keyId);
    this.keyring = { ...keyring, state: 'turning-off' };
    await this.runPass('off');
  };

  /** Runs (or resumes) a pass; a failure leaves every entry readable and offers to try again. */
  private async runPass(direction: 'on' | 'off'): Promise<void> {
    const state = keyState();
    const keyring = this.keyring;
    if (state.status !== 'unlocked' || !keyring) return;
    this.show({ status: 'passing', direction, progress: null, failure: null });
    const progress = (next: PassProgress) => this.show({ status: 'passing', direction, progress: next, failure: null });
    try {
      const report = await (direction === 'on' ? sealJournal : openJournal)(state.key, keyring.keyId, progress);
      const notice = describePass(direction, report);
      if (direction === 'on') {
        this.keyring = { ...keyring, state: 'on' };
        await this.showOpen(this.keyring, notice);
        return;
      }
      this.keyring = null;
      setNoLock();
      this.dropKey();
      await this.system?.forget().catch(() => undefined);
      this.show({ status: 'none', notice });
    } catch (error) {
      const view = this.view;
      this.show({
        status: 'passing',
        direction,
        progress: view.status === 'passing' ? view.progress : null,
        failure: `${describeStorageError(error)} Every entry is still readable; the rest is done when you try again.`,
      });
    }
  }

  /** Runs an interrupted pass again after a failure. */
  retryPass = async (): Promise<void> => {
    const view = this.view;
    if (view.status === 'passing' && view.failure !== null) await this.runPass(view.direction);
  };

  // Changing the lock

  private async rewrap(secret: Secret, change: KeyringChange): Promise<Keyring> {
    const keyring = this.keyring;
    if (!keyring) throw new LockChangedError();
    const { keyring: next } = await rewrapKeyring(
      keyring,
      secret,
      { cost: this.kdfCost, ...change },
      new Date(this.now()),
    );
    await this.store(keyring, next);
    return next;
  }

  /** Writes a rewrapped keyring if the stored one is still the one it was made from. */
  private async store(previous: Keyring, next: Keyring): Promise<void> {
    await db.transaction('rw', db.keyring, async () => {
      const stored = await db.keyring.get('journal');
      if (stored?.keyId !== previous.keyId || stored.changedAt !== previous.changedAt) throw new LockChangedError();
      await db.keyring.put(next);
    });
    this.keyring = next;
    const view = this.view;
    if (view.status === 'unlocked') this.show({ ...view, keyring: next, notice: null });
  }

  /** Rewraps the one data key under a new passphrase; no entry changes. */
  changePassphrase = async (current: string, next: string): Promise<void> => {
    await this.rewrap({ passphrase: current }, { passphrase: next });
  };

  /** Replaces the recovery key; the old one stops working. Returns the new one, to show once. */
  renewRecoveryKey = async (passphrase: string): Promise<string> => {
    const keyring = this.keyring;
    if (!keyring) throw new LockChangedError();
    const renewed = await rewrapKeyring(keyring, { passphrase }, { newRecoveryKey: true }, new Date(this.now()));
    await this.store(keyring, renewed.keyring);
    return renewed.recoveryKey ?? '';
  };

  /** Lets the computer account unlock the journal: a new secret kept by the system, and a slot for it. */
  enableSystemUnlock = async (passphrase: string): Promise<void> => {
    const keyring = this.keyring;
    if (!this.system || !keyring) throw new LockChangedError();
    const secret = randomBytes(32);
    // Proves the passphrase before the system keeps anything.
    const { keyring: next } = await rewrapKeyring(keyring, { passphrase }, { system: secret }, new Date(this.now()));
    await this.system.save(toBase64(secret));
    try {
      await this.store(keyring, next);
    } catch (error) {
      await this.system.forget().catch(() => undefined);
      throw error;
    } finally {
      secret.fill(0);
    }
  };

  /** Stops the computer account unlocking the journal: its slot and the system's secret are removed. */
  disableSystemUnlock = async (): Promise<void> => {
    const keyring = this.keyring;
    if (!keyring) throw new LockChangedError();
    await this.store(keyring, { ...keyring, system: null, changedAt: new Date(this.now()).toISOString() });
    await this.system?.forget().catch(() => undefined);
  };

  /** The keyring and key of the open locked journal, for sealing a backup; null without a lock. */
  currentLock = (): { keyring: Keyring; key: CryptoKey } | null => {
    const state = keyState();
    const view = this.view;
    return view.status === 'unlocked' && state.status === 'unlocked' ? { keyring: view.keyring, key: state.key } : null;
  };

  /** Clears the notice of a finished pass once it has been read. */
  dismissNotice = (): void => {
    const view = this.view;
    if ((view.status === 'unlocked' || view.status === 'none') && view.notice) this.show({ ...view, notice: null });
  };
}
