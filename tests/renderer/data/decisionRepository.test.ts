import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../renderer/src/data/database';
import {
  answerRevisit,
  decisionDateProblem,
  getDecisionPlan,
  recordDecision,
  removeDecisionRecord,
  setDecisionDate,
} from '../../../renderer/src/data/decisionRepository';
import { onJournalChange, type JournalChange } from '../../../renderer/src/data/journalChanges';
import { loadBackupData, restoreBackup } from '../../../renderer/src/data/portabilityRepository';
import { isSealed } from '../../../renderer/src/data/sealedRows';
import type { LockController } from '../../../renderer/src/lock/lockController';
import { createBackup, dueRevisit, parseBackup, revisitDate, shiftDate } from '../../../shared';
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
  it('tells the live folder of each plan stored, and of none refused', async () => {
    const changes: JournalChange[] = [];
    const stop = onJournalChange((change) => changes.push(change));
    try {
      await setDecisionDate('2027-01-05', TODAY, FIXTURE_NOW);
      expect(changes).toEqual([{ days: new Map(), decision: await getDecisionPlan() }]);
      await expect(setDecisionDate('2020-01-01', TODAY, FIXTURE_NOW)).rejects.toThrow();
      expect(changes).toHaveLength(1);
    } finally {
      stop();
    }
  });

  it('is none in a new journal, then set, changed and cleared', async () => {
    expect(await getDecisionPlan()).toBeNull();
    await setDecisionDate('2027-01-05', TODAY, FIXTURE_NOW);
    expect(await getDecisionPlan()).toEqual({
      decisionDate: '2027-01-05',
      record: null,
      experiments: [],
      updatedAt: FIXTURE_NOW.toISOString(),
    });
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
    expect(plain).toEqual({
      id: 'decision',
      decisionDate: '2027-02-01',
      record: null,
      experiments: [],
      updatedAt: FIXTURE_NOW.toISOString(),
    });
  });

  it('travels in the backup and comes back with a restore, locked or not', async () => {
    await setDecisionDate('2027-01-05', TODAY, FIXTURE_NOW);
    const { data } = await loadBackupData();
    expect(data.decision).toEqual({
      decisionDate: '2027-01-05',
      record: null,
      experiments: [],
      updatedAt: FIXTURE_NOW.toISOString(),
    });
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

describe('the recorded decision', () => {
  const input = {
    choice: 'architecture' as const,
    reasons: '  Design reviews.  ',
    reconsider: 'A team that needs me.',
    brief: '# Brief\n',
  };

  it('keeps the choice, the words and the brief of that day, beside the date, and refuses a second one', async () => {
    await setDecisionDate('2027-01-05', TODAY, FIXTURE_NOW);
    await recordDecision(input, TODAY, FIXTURE_NOW);
    expect((await getDecisionPlan())?.record).toEqual({
      decidedOn: TODAY,
      choice: 'architecture',
      reasons: 'Design reviews.',
      reconsider: 'A team that needs me.',
      brief: '# Brief\n',
      revisits: [],
    });
    expect((await getDecisionPlan())?.decisionDate).toBe('2027-01-05');
    await expect(recordDecision({ ...input, choice: 'management' }, TODAY)).rejects.toThrow('already recorded');
    expect((await getDecisionPlan())?.record?.choice).toBe('architecture');
    // Changing the date leaves the record as it was.
    await setDecisionDate('2027-02-05', TODAY);
    expect((await getDecisionPlan())?.record?.brief).toBe('# Brief\n');
  });

  it('refuses reasons longer than an answer may be, changing nothing', async () => {
    await expect(recordDecision({ ...input, reasons: 'x'.repeat(20_001) }, TODAY)).rejects.toThrow('record.reasons');
    expect(await getDecisionPlan()).toBeNull();
  });

  it('asks "Was it right?" at three and then six months, and stores each answer once', async () => {
    await recordDecision(input, '2026-08-31', FIXTURE_NOW);
    const record = async () => {
      const plan = await getDecisionPlan();
      if (!plan?.record) throw new Error('no record');
      return plan.record;
    };
    expect(revisitDate('2026-08-31', 3)).toBe('2026-11-30');
    expect(dueRevisit(await record(), '2026-11-29')).toBeNull();
    expect(dueRevisit(await record(), '2026-11-30')).toBe(3);
    await answerRevisit(3, 'unsure', '2026-12-01');
    expect(dueRevisit(await record(), '2027-01-15')).toBeNull();
    expect(dueRevisit(await record(), '2027-02-28')).toBe(6);
    await answerRevisit(6, 'yes', '2027-03-01');
    expect((await record()).revisits).toEqual([
      { months: 3, answer: 'unsure', answeredOn: '2026-12-01' },
      { months: 6, answer: 'yes', answeredOn: '2027-03-01' },
    ]);
    expect(dueRevisit(await record(), '2028-01-01')).toBeNull();
    // Unanswered at three months and now past six: only the six-month question is asked.
    expect(dueRevisit({ ...(await record()), revisits: [] }, '2027-03-01')).toBe(6);

    await removeDecisionRecord();
    expect((await getDecisionPlan())?.record).toBeNull();
    await expect(answerRevisit(3, 'no', TODAY)).rejects.toThrow('No decision is recorded');
  });
});
