import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addCustomActivity, listCustomActivities } from '../../../renderer/src/data/customActivitiesRepository';
import { db } from '../../../renderer/src/data/database';
import { getEntry, listEntries, putEntries, saveEntry } from '../../../renderer/src/data/entriesRepository';
import { keyState } from '../../../renderer/src/data/journalKey';
import type { LockController } from '../../../renderer/src/lock/lockController';
import { badDay, FIXTURE_NOW, goodDay } from '../../fixtures/entries';
import { createKeyring } from '../../../renderer/src/crypto/keyring';
import {
  CHEAP_KDF,
  freshJournal,
  lockJournal,
  lockNow,
  memorySystemUnlock,
  PASSPHRASE,
  rawJournalText,
  startController,
} from './lockTestKit';

const SECRET_WORDS = ['reorg', 'Obsidian-notes', 'boardroom', 'Quarterly-pivot'];

const days = [
  goodDay('2026-11-18', { notes: 'The reorg rumour again.', tags: ['Obsidian-notes'] }),
  badDay('2026-11-19', { highlight: { kind: null, text: 'boardroom silence' } }),
  goodDay('2026-11-20', { prompts: [{ id: 'good-best-hour', answer: 'Quarterly-pivot framing' }] }),
];

let controller: LockController;

beforeEach(async () => {
  await freshJournal();
  await putEntries(days);
  await addCustomActivity('Quarterly-pivot prep', 'architecture', FIXTURE_NOW);
});

afterEach(() => {
  controller.stop();
});

describe('setting a passphrase', () => {
  it('encrypts every day and activity, keeps them readable while unlocked, and leaves no word in the clear', async () => {
    ({ controller } = await startController());
    expect(controller.getView()).toEqual({ status: 'none', notice: null });
    const before = await rawJournalText();
    for (const word of SECRET_WORDS) expect(before).toContain(word);

    const recoveryKey = await lockJournal(controller);
    expect(recoveryKey).toMatch(/^([0-9A-Z]{4}-){8}[0-9A-Z]{4}$/);
    expect(controller.getView()).toMatchObject({
      status: 'unlocked',
      notice: 'Your journal is locked: 3 days and 1 activity of your own were encrypted.',
    });
    expect(await listEntries()).toEqual(days);
    expect((await listCustomActivities()).map((activity) => activity.label)).toEqual(['Quarterly-pivot prep']);

    const after = await rawJournalText();
    for (const word of SECRET_WORDS) expect(after).not.toContain(word);
    // The day's custom activity id is made from its label: it must not show either.
    expect(after).not.toContain('custom-quarterly');
    expect(after).not.toContain(recoveryKey.slice(0, 9));
  });

  it('stores nothing until the recovery key has been shown and confirmed', async () => {
    ({ controller } = await startController());
    await controller.prepareLock(PASSPHRASE);
    controller.discardPreparedLock();
    await controller.confirmLock();
    expect(await db.keyring.count()).toBe(0);
    expect(controller.getView().status).toBe('none');
  });

  it('seals what is saved while unlocked', async () => {
    ({ controller } = await startController());
    await lockJournal(controller);
    const saved = await saveEntry(goodDay('2026-11-21', { notes: 'boardroom again' }), null, FIXTURE_NOW);
    expect(saved.status).toBe('saved');
    expect(await getEntry('2026-11-21')).toMatchObject({ notes: 'boardroom again', revision: 1 });
    expect(await db.entries.get('2026-11-21')).not.toHaveProperty('notes');
  });
});

describe('locking and unlocking', () => {
  it('drops the key on lock, so nothing can be read or written until the passphrase is given', async () => {
    ({ controller } = await startController());
    await lockJournal(controller);
    await lockNow(controller);
    expect(controller.getView()).toMatchObject({ status: 'locked', reason: 'manual', message: null });
    expect(keyState().status).toBe('locked');
    await expect(getEntry('2026-11-18')).rejects.toThrow('The journal is locked.');
    await expect(saveEntry(goodDay('2026-11-22'), null)).rejects.toThrow('The journal is locked.');

    await controller.unlock({ passphrase: PASSPHRASE });
    expect(controller.getView()).toMatchObject({ status: 'unlocked', notice: null });
    expect(await listEntries()).toEqual(days);
  });

  it('finds the lock on start, as after a reload', async () => {
    ({ controller } = await startController());
    await lockJournal(controller);
    controller.stop();
    ({ controller } = await startController());
    expect(controller.getView()).toMatchObject({ status: 'locked', reason: 'start' });
    await controller.unlock({ passphrase: PASSPHRASE });
    expect(await listEntries()).toEqual(days);
  });

  it('saves a draft that was being written as the journal locked, with the key it began with', async () => {
    ({ controller } = await startController());
    await lockJournal(controller);
    controller.lock();
    const saving = saveEntry(goodDay('2026-11-23', { notes: 'typed a second before' }), null, FIXTURE_NOW);
    await controller.finishLock();
    expect((await saving).status).toBe('saved');
    await controller.unlock({ passphrase: PASSPHRASE });
    expect((await getEntry('2026-11-23'))?.notes).toBe('typed a second before');
  });

  it('says when the passphrase is wrong, and makes each try after the third wait longer', async () => {
    let clock: { now: number };
    ({ controller, clock } = await startController());
    await lockJournal(controller);
    await lockNow(controller);
    for (const attempt of [1, 2]) {
      await controller.unlock({ passphrase: `guess ${attempt}` });
      expect(controller.getView()).toMatchObject({
        status: 'locked',
        message: 'That passphrase does not open this journal.',
        retryAt: null,
      });
    }
    await controller.unlock({ passphrase: 'guess 3' });
    expect(controller.getView()).toMatchObject({
      message: 'That passphrase does not open this journal. Wait 5 seconds before trying again.',
      retryAt: clock.now + 5_000,
    });
    // Even the right passphrase waits its turn.
    clock.now += 4_000;
    await controller.unlock({ passphrase: PASSPHRASE });
    expect(controller.getView()).toMatchObject({ status: 'locked', message: 'Wait 1 second before trying again.' });
    clock.now += 1_000;
    await controller.unlock({ passphrase: 'guess 4' });
    expect(controller.getView()).toMatchObject({ message: expect.stringContaining('Wait 10 seconds') });
    // The count survives a reload.
    controller.stop();
    ({ controller } = await startController(null, clock));
    clock.now += 10_000;
    await controller.unlock({ passphrase: 'guess 5' });
    expect(controller.getView()).toMatchObject({ message: expect.stringContaining('Wait 20 seconds') });
    clock.now += 20_000;
    await controller.unlock({ passphrase: PASSPHRASE });
    expect(controller.getView().status).toBe('unlocked');
    expect(await db.settings.get('unlockFailures')).toBeUndefined();
  });

  it('opens with the recovery key and then asks for a new passphrase', async () => {
    ({ controller } = await startController());
    const recoveryKey = await lockJournal(controller);
    await lockNow(controller);
    await controller.unlock({ recoveryKey: recoveryKey.toLowerCase().replace(/-/g, ' ') });
    expect(controller.getView()).toEqual({ status: 'new-passphrase', busy: false, message: null });
    await controller.setNewPassphrase('a brand new phrase');
    expect(controller.getView().status).toBe('unlocked');
    await lockNow(controller);
    await controller.unlock({ passphrase: PASSPHRASE });
    expect(controller.getView()).toMatchObject({ message: 'That passphrase does not open this journal.' });
    await controller.unlock({ passphrase: 'a brand new phrase' });
    expect(await listEntries()).toEqual(days);
  });

  it('tells a mistyped recovery key from a wrong one, and does not count the typo as a guess', async () => {
    ({ controller } = await startController());
    const recoveryKey = await lockJournal(controller);
    await lockNow(controller);
    const typo = `${recoveryKey.slice(0, -1)}${recoveryKey.endsWith('0') ? '1' : '0'}`;
    await controller.unlock({ recoveryKey: typo });
    expect(controller.getView()).toMatchObject({ message: expect.stringContaining('has a typo') });
    expect(await db.settings.get('unlockFailures')).toBeUndefined();
  });
});

describe('changing the lock', () => {
  it('changes the passphrase by rewrapping one key: no stored day changes', async () => {
    ({ controller } = await startController());
    await lockJournal(controller);
    const rows = await db.entries.toArray();
    await expect(controller.changePassphrase('not it', 'new moon harbour')).rejects.toThrow(
      'That passphrase does not open this journal.',
    );
    await controller.changePassphrase(PASSPHRASE, 'new moon harbour');
    expect(await db.entries.toArray()).toEqual(rows);
    await lockNow(controller);
    await controller.unlock({ passphrase: 'new moon harbour' });
    expect(await listEntries()).toEqual(days);
  });

  it('renews the recovery key; the old one stops working', async () => {
    ({ controller } = await startController());
    const first = await lockJournal(controller);
    const second = await controller.renewRecoveryKey(PASSPHRASE);
    expect(second).not.toBe(first);
    await lockNow(controller);
    await controller.unlock({ recoveryKey: first });
    expect(controller.getView()).toMatchObject({ message: 'This recovery key belongs to another journal.' });
    await controller.unlock({ recoveryKey: second });
    expect(controller.getView().status).toBe('new-passphrase');
  });

  it('turns the lock off after the passphrase is typed again, decrypting every day', async () => {
    ({ controller } = await startController());
    await lockJournal(controller);
    await expect(controller.turnOff('not it')).rejects.toThrow('That passphrase does not open this journal.');
    expect(controller.getView().status).toBe('unlocked');
    await controller.turnOff(PASSPHRASE);
    expect(controller.getView()).toEqual({
      status: 'none',
      notice: 'The lock is off: 3 days and 1 activity of your own are stored unencrypted again.',
    });
    expect(await db.entries.toArray()).toEqual(days);
    expect((await db.customActivities.toArray()).map((row) => row.id)).toEqual(['custom-quarterly-pivot-prep']);
    expect(await db.keyring.count()).toBe(0);
  });

  it('follows a lock set in another window, and refuses a plain write made before this one noticed', async () => {
    ({ controller } = await startController());
    // Another window stores its keyring; this window still believes the journal has no lock.
    const { keyring } = await createKeyring(PASSPHRASE, FIXTURE_NOW, CHEAP_KDF);
    await db.keyring.add({ ...keyring, state: 'on' });
    await expect(saveEntry(goodDay('2026-11-24'), null)).rejects.toThrow('lock was changed in another window');
    await expect.poll(() => controller.getView()).toMatchObject({ status: 'locked', reason: 'elsewhere' });
    expect(await db.entries.get('2026-11-24')).toBeUndefined();
  });
});

describe('unlocking with the computer account', () => {
  it('adds a slot the system keeps the secret for, unlocks with it, and removes both', async () => {
    const system = memorySystemUnlock();
    ({ controller } = await startController(system));
    await lockJournal(controller);
    await expect(controller.enableSystemUnlock('not it')).rejects.toThrow('does not open');
    expect(system.kept).toBeNull();
    await controller.enableSystemUnlock(PASSPHRASE);
    expect(system.kept).not.toBeNull();
    await lockNow(controller);
    expect(controller.getView()).toMatchObject({ status: 'locked', systemSlot: true });
    await controller.unlockWithSystem();
    expect(controller.getView().status).toBe('unlocked');

    await controller.disableSystemUnlock();
    expect(system.kept).toBeNull();
    expect((await db.keyring.get('journal'))?.system).toBeNull();
  });

  it('says so when the system no longer keeps the secret', async () => {
    const system = memorySystemUnlock();
    ({ controller } = await startController(system));
    await lockJournal(controller);
    await controller.enableSystemUnlock(PASSPHRASE);
    await lockNow(controller);
    system.kept = null;
    await controller.unlockWithSystem();
    expect(controller.getView()).toMatchObject({
      status: 'locked',
      message: expect.stringContaining('no longer keeps Forkcast’s key'),
    });
  });
});
