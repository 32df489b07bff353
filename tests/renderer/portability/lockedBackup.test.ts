import 'fake-indexeddb/auto';
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createKeyring, openKeyring } from '../../../renderer/src/crypto/keyring';
import { db } from '../../../renderer/src/data/database';
import { listEntries, putEntries } from '../../../renderer/src/data/entriesRepository';
import { loadBackupData, restoreBackup } from '../../../renderer/src/data/portabilityRepository';
import { listReviews } from '../../../renderer/src/data/reviewsRepository';
import { isSealed } from '../../../renderer/src/data/sealedRows';
import type { LockController } from '../../../renderer/src/lock/lockController';
import { backupSecret, openLockedBackup, sealBackup } from '../../../renderer/src/portability/lockedBackup';
import { BACKUP_VERSION, parseBackup, type BackupData, type LockedBackup } from '../../../shared';
import { FIXTURE_NOW, goodDay } from '../../fixtures/entries';
import { CHEAP_KDF, freshJournal, lockJournal, lockNow, PASSPHRASE, startController } from '../lock/lockTestKit';

const data: BackupData = {
  entries: [
    goodDay('2026-11-19', { notes: 'The reorg rumour again.' }),
    goodDay('2026-11-20', { tags: ['boardroom'] }),
  ],
  customActivities: [
    { id: 'custom-skip-levels', label: 'Skip-levels', lean: 'management', createdAt: FIXTURE_NOW.toISOString() },
  ],
  settings: [{ key: 'lastBackupAt', value: FIXTURE_NOW.toISOString() }],
  reviews: [
    {
      week: '2026-W47',
      question: 'week-layer',
      answer: 'The platform migration plan.',
      createdAt: FIXTURE_NOW.toISOString(),
      updatedAt: FIXTURE_NOW.toISOString(),
      revision: 1,
    },
  ],
};

async function lockedBackupText(passphrase = PASSPHRASE) {
  const { keyring, key, recoveryKey } = await createKeyring(passphrase, FIXTURE_NOW, CHEAP_KDF);
  return { text: await sealBackup(data, { ...keyring, state: 'on' }, key, FIXTURE_NOW), recoveryKey };
}

function readLocked(text: string): LockedBackup {
  const parsed = parseBackup(text);
  if (!parsed.ok) throw new Error(parsed.reason);
  if (!('locked' in parsed)) throw new Error('the backup was not locked');
  return parsed.locked;
}

describe('the backup of a locked journal', () => {
  it('holds no word of the journal, says its format version, and opens with the passphrase or the recovery key', async () => {
    const { text, recoveryKey } = await lockedBackupText();
    // Words of five letters or more, or with a character base64 never uses: the ciphertext is base64,
    // and a short word such as the week's 'W47' turns up in about one random backup in a hundred.
    for (const word of ['reorg', 'boardroom', 'Skip-levels', 'custom-skip', 'lastBackupAt', 'migration', '2026-W47'])
      expect(text).not.toContain(word);
    expect(JSON.parse(text)).toMatchObject({ format: 'forkcast-backup', version: BACKUP_VERSION });
    expect(JSON.parse(text)).not.toHaveProperty('data');
    const locked = readLocked(text);
    expect((await openLockedBackup(locked, backupSecret(PASSPHRASE))).backup).toEqual({
      createdAt: FIXTURE_NOW.toISOString(),
      data,
    });
    expect((await openLockedBackup(locked, backupSecret(recoveryKey.toLowerCase()))).backup.data).toEqual(data);
  });

  it('refuses a wrong passphrase, saying so', async () => {
    const locked = readLocked((await lockedBackupText()).text);
    await expect(openLockedBackup(locked, backupSecret('not the one'))).rejects.toThrow(
      'That passphrase does not open this journal.',
    );
  });

  it('shows a changed ciphertext by its checksum, before any passphrase is asked for', async () => {
    const { text } = await lockedBackupText();
    const file = JSON.parse(text) as { sealed: { data: string } };
    file.sealed.data = `${file.sealed.data.startsWith('A') ? 'B' : 'A'}${file.sealed.data.slice(1)}`;
    expect(parseBackup(JSON.stringify(file))).toEqual({
      ok: false,
      reason:
        'The backup does not match its checksum, so it was changed or damaged after it was saved. Nothing was restored.',
    });
  });

  it('refuses contents changed with a checksum made to match, when they do not open', async () => {
    const locked = readLocked((await lockedBackupText()).text);
    const other = readLocked((await lockedBackupText()).text);
    // The envelope of another backup under this backup's keyring: a valid file that does not decrypt.
    await expect(openLockedBackup({ ...locked, sealed: other.sealed }, backupSecret(PASSPHRASE))).rejects.toThrow(
      'do not open with its key',
    );
  });

  it('carries no computer-account slot, which belongs to the machine it was made on', async () => {
    const { keyring, key } = await createKeyring(PASSPHRASE, FIXTURE_NOW, CHEAP_KDF);
    const withSlot = {
      ...keyring,
      state: 'on' as const,
      system: { iv: keyring.passphrase.iv, data: keyring.passphrase.data },
    };
    expect(readLocked(await sealBackup(data, withSlot, key, FIXTURE_NOW)).keyring.system).toBeNull();
  });
});

describe('restoring a locked backup', () => {
  let controller: LockController;

  beforeEach(async () => {
    await freshJournal();
    ({ controller } = await startController());
  });
  afterEach(() => controller.stop());

  it('into a journal with no lock, takes on the backup’s lock with its days, in one step', async () => {
    await putEntries([goodDay('2026-01-01', { notes: 'replaced' })]);
    const { text } = await lockedBackupText('backup passphrase');
    const opened = await openLockedBackup(readLocked(text), backupSecret('backup passphrase'));
    await controller.adoptLock(opened.keyring, opened.key, () => restoreBackup(opened.backup.data, opened));
    expect(controller.getView()).toMatchObject({ status: 'unlocked' });
    expect(await listEntries()).toEqual(data.entries);
    expect(await listReviews()).toEqual(data.reviews);
    expect((await db.entries.toArray()).every(isSealed)).toBe(true);
    expect((await db.reviews.toArray()).every(isSealed)).toBe(true);
    expect(await db.keyring.get('journal')).toMatchObject({ state: 'on', system: null, keyId: opened.keyring.keyId });

    await lockNow(controller);
    await controller.unlock({ passphrase: 'backup passphrase' });
    expect(await listEntries()).toEqual(data.entries);
  });

  it('into a locked journal, keeps the journal’s own passphrase', async () => {
    await lockJournal(controller);
    const { text } = await lockedBackupText('backup passphrase');
    const opened = await openLockedBackup(readLocked(text), backupSecret('backup passphrase'));
    await restoreBackup(opened.backup.data, opened);
    expect(await listEntries()).toEqual(data.entries);
    await lockNow(controller);
    await controller.unlock({ passphrase: PASSPHRASE });
    expect(controller.getView().status).toBe('unlocked');
    expect((await loadBackupData()).data.entries).toEqual(data.entries);
    expect((await loadBackupData()).data.reviews).toEqual(data.reviews);
  });
});

/**
 * A locked backup written by format 3, kept so later formats prove they still
 * read it. `FORKCAST_WRITE_BACKUP_FIXTURE=1` writes it when it is missing;
 * like the database fixtures, it is never rewritten.
 */
const LOCKED_FIXTURE = new URL('../../fixtures/backup/v3-locked.json', import.meta.url);
const FIXTURE_PASSPHRASE = 'fixture passphrase';

describe('the locked backup fixture', () => {
  it.runIf(process.env.FORKCAST_WRITE_BACKUP_FIXTURE === '1' && !existsSync(LOCKED_FIXTURE))('is written', async () => {
    await writeFile(LOCKED_FIXTURE, `${(await lockedBackupText(FIXTURE_PASSPHRASE)).text}\n`);
  });

  it('opens with its passphrase and holds its journal', async () => {
    const locked = readLocked(await readFile(LOCKED_FIXTURE, 'utf8'));
    expect(locked.keyring.kdf).toMatchObject({ algorithm: 'scrypt', version: 1 });
    await openKeyring(locked.keyring, { passphrase: FIXTURE_PASSPHRASE });
    // Format 3 had no weekly reviews: it reads as having none.
    expect((await openLockedBackup(locked, backupSecret(FIXTURE_PASSPHRASE))).backup.data).toEqual({
      ...data,
      reviews: [],
    });
  });
});
