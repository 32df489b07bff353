import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../renderer/src/data/database';
import { decisionDateProblem, getDecisionPlan, setDecisionDate } from '../../../renderer/src/data/decisionRepository';
import { loadBackupData, restoreBackup } from '../../../renderer/src/data/portabilityRepository';
import { isSealed } from '../../../renderer/src/data/sealedRows';
import type { LockController } from '../../../renderer/src/lock/lockController';
import { createBackup, parseBackup, shiftDate } from '../../../shared';
import { FIXTURE_NOW } from '../../fixtures/entries';
import { freshJournal, lockJournal, lockNow, PASSPHRASE, rawJournalText, startController } from '../lock/lockTestKit';

const TODAY = '2026-11-20';
let controller: LockController | null = null;

beforeEach(async () => {
  controller = null;
  await freshJournal();
});

afterEach(() => {
  controller?.stop();
});

describe('the decision date', () => {
  it('is none in a new journal, then set, changed and cleared', async () => {
    expect(await getDecisionPlan()).toBeNull();
    await setDecisionDate('2027-01-05', TODAY, FIXTURE_NOW);
    expect(await getDecisionPlan()).toEqual({ decisionDate: '2027-01-05', updatedAt: FIXTURE_NOW.toISOString() });
    await setDecisionDate(TODAY, TODAY, FIXTURE_NOW);
    expect((await getDecisionPlan())?.decisionDate).toBe(TODAY);
    await setDecisionDate(null, TODAY, FIXTURE_NOW);
    expect((await getDecisionPlan())?.decisionDate).toBeNull();
  });

  it.each([
    ['2027-02-30', 'real calendar date'],
    ['', 'real calendar date'],
    ['2026-11-19', 'has passed'],
    [shiftDate(TODAY, 3 * 366 + 1), 'three years'],
  ])('refuses %j with a message and changes nothing', async (date, message) => {
    await setDecisionDate('2027-01-05', TODAY, FIXTURE_NOW);
    expect(decisionDateProblem(date, TODAY)).toContain(message);
    await expect(setDecisionDate(date, TODAY)).rejects.toThrow(message);
    expect((await getDecisionPlan())?.decisionDate).toBe('2027-01-05');
  });

  it('is sealed while the journal is locked, and opened again when the lock is turned off', async () => {
    await setDecisionDate('2027-01-05', TODAY, FIXTURE_NOW);
    ({ controller } = await startController());
    await lockJournal(controller);
    const [row] = await db.decision.toArray();
    expect(row && isSealed(row)).toBe(true);
    expect(await rawJournalText()).not.toContain('2027-01-05');
    expect((await getDecisionPlan())?.decisionDate).toBe('2027-01-05');

    // Written while locked, it is sealed too; locked, it cannot be read at all.
    await setDecisionDate('2027-02-01', TODAY, FIXTURE_NOW);
    expect(await rawJournalText()).not.toContain('2027-02-01');
    await lockNow(controller);
    await expect(getDecisionPlan()).rejects.toThrow('locked');
    await controller.unlock({ passphrase: PASSPHRASE });
    expect((await getDecisionPlan())?.decisionDate).toBe('2027-02-01');

    await controller.turnOff(PASSPHRASE);
    const [plain] = await db.decision.toArray();
    expect(plain).toEqual({ id: 'decision', decisionDate: '2027-02-01', updatedAt: FIXTURE_NOW.toISOString() });
  });

  it('travels in the backup and comes back with a restore, locked or not', async () => {
    await setDecisionDate('2027-01-05', TODAY, FIXTURE_NOW);
    const { data } = await loadBackupData();
    expect(data.decision).toEqual({ decisionDate: '2027-01-05', updatedAt: FIXTURE_NOW.toISOString() });
    const parsed = parseBackup(createBackup(data, FIXTURE_NOW));
    if (!parsed.ok || !('backup' in parsed)) throw new Error('the backup did not read back');
    expect(parsed.backup.data.decision).toEqual(data.decision);

    await setDecisionDate(null, TODAY);
    await restoreBackup(parsed.backup.data);
    expect(await getDecisionPlan()).toEqual(data.decision);

    // A backup without a plan (older formats had none) leaves the restored journal without one.
    ({ controller } = await startController());
    await lockJournal(controller);
    await restoreBackup({ ...parsed.backup.data, decision: undefined });
    expect(await getDecisionPlan()).toBeNull();
    await restoreBackup(parsed.backup.data);
    const [row] = await db.decision.toArray();
    expect(row && isSealed(row)).toBe(true);
    expect(await getDecisionPlan()).toEqual(data.decision);
  });
});
