import { db } from '../../../renderer/src/data/database';
import { setNoLock } from '../../../renderer/src/data/journalKey';
import { LockController } from '../../../renderer/src/lock/lockController';
import type { SystemUnlockPort } from '../../../renderer/src/lock/systemUnlock';
import { dumpDatabase } from '../data/indexedDbDump';

/** A cheap scrypt cost: the cost is a stored parameter, and these tests are about the lock's rules. */
export const CHEAP_KDF = { logN: 10, r: 8, p: 1 } as const;

export const PASSPHRASE = 'river stone lantern';

/** A computer-account store held in memory, as the desktop app's safeStorage file would hold it. */
export function memorySystemUnlock(): SystemUnlockPort & { kept: string | null } {
  const port = {
    kept: null as string | null,
    availability: async () => ({ available: true as const }),
    save: async (secret: string) => {
      port.kept = secret;
    },
    read: async () => port.kept,
    forget: async () => {
      port.kept = null;
    },
  };
  return port;
}

/** A controller on the test database, started; `clock` moves its time. */
export async function startController(
  system: SystemUnlockPort | null = null,
  clock = { now: Date.parse('2026-11-20T18:00:00.000Z') },
) {
  const controller = new LockController({ system, now: () => clock.now, kdfCost: CHEAP_KDF });
  await controller.start();
  return { controller, clock };
}

/** Locks a fresh journal with PASSPHRASE and returns the recovery key. */
export async function lockJournal(controller: LockController): Promise<string> {
  const recoveryKey = await controller.prepareLock(PASSPHRASE);
  await controller.confirmLock();
  return recoveryKey;
}

/** Closes the views' part of a lock: what the lock gate does once the views have closed. */
export async function lockNow(controller: LockController): Promise<void> {
  controller.lock();
  await controller.finishLock();
}

/**
 * Every byte IndexedDB holds for the journal, as text: strings as they are,
 * binary values both as Latin-1 and as UTF-8, so a word stored in the clear
 * anywhere (a record, a key, a nonce, a ciphertext) shows up in it.
 */
export async function rawJournalText(): Promise<string> {
  const dump = await dumpDatabase(indexedDB, db.name);
  const parts: string[] = [];
  const walk = (value: unknown): void => {
    if (typeof value === 'string') parts.push(value);
    else if (value instanceof ArrayBuffer || ArrayBuffer.isView(value)) {
      const bytes =
        value instanceof ArrayBuffer
          ? new Uint8Array(value)
          : new Uint8Array(value.buffer, value.byteOffset, value.byteLength);
      parts.push(Buffer.from(bytes).toString('latin1'), Buffer.from(bytes).toString('utf8'));
    } else if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === 'object')
      Object.entries(value).forEach(([key, item]) => (parts.push(key), walk(item)));
    else parts.push(String(value));
  };
  walk(dump);
  return parts.join('\n');
}

/** A fresh, empty journal with no lock; call from beforeEach. */
export async function freshJournal(): Promise<void> {
  setNoLock();
  await db.delete();
  await db.open();
}
