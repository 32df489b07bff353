import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../renderer/src/data/database';
import {
  deleteExperiment,
  getDecisionPlan,
  saveExperiment,
  setDecisionDate,
} from '../../../renderer/src/data/decisionRepository';
import { isSealed } from '../../../renderer/src/data/sealedRows';
import type { LockController } from '../../../renderer/src/lock/lockController';
import { experimentProblem, type ExperimentDraft } from '../../../shared';
import { FIXTURE_NOW } from '../../fixtures/entries';
import { freshJournal, lockJournal, lockNow, PASSPHRASE, rawJournalText, startController } from '../lock/lockTestKit';

const TODAY = '2026-11-20';
const systemFortnight: ExperimentDraft = {
  label: '  Two weeks of design reviews ',
  focus: 'architecture',
  start: '2026-11-02',
  end: '2026-11-15',
};
const peopleMonth: ExperimentDraft = {
  label: 'Coaching month',
  focus: 'management',
  start: '2026-12-01',
  end: '2026-12-28',
};
let controller: LockController | null = null;

const experiments = async () => (await getDecisionPlan())?.experiments;

beforeEach(async () => {
  controller = null;
  await freshJournal();
});

afterEach(() => {
  controller?.stop();
});

describe('experiments', () => {
  it('are added (trimmed, in start order) beside the decision date, changed and deleted', async () => {
    await setDecisionDate('2027-01-05', TODAY, FIXTURE_NOW);
    await saveExperiment(peopleMonth, null, FIXTURE_NOW);
    await saveExperiment(systemFortnight, null, FIXTURE_NOW);
    expect(await getDecisionPlan()).toEqual({
      decisionDate: '2027-01-05',
      record: null,
      experiments: [
        { label: 'Two weeks of design reviews', focus: 'architecture', start: '2026-11-02', end: '2026-11-15' },
        { label: 'Coaching month', focus: 'management', start: '2026-12-01', end: '2026-12-28' },
      ],
      updatedAt: FIXTURE_NOW.toISOString(),
    });

    // Changed by its start: the dates may move, as long as they clash with no other.
    await saveExperiment({ ...peopleMonth, start: '2026-11-16', end: '2026-11-30' }, '2026-12-01');
    expect((await experiments())?.map((item) => [item.start, item.end])).toEqual([
      ['2026-11-02', '2026-11-15'],
      ['2026-11-16', '2026-11-30'],
    ]);

    expect(await deleteExperiment('2026-11-02')).toMatchObject({ label: 'Two weeks of design reviews' });
    expect((await experiments())?.map((item) => item.label)).toEqual(['Coaching month']);
    expect((await getDecisionPlan())?.decisionDate).toBe('2027-01-05');
  });

  it.each([
    [{ ...peopleMonth, start: '2026-11-15', end: '2026-11-20' }, 'shares days with “Two weeks of design reviews”'],
    [{ ...peopleMonth, start: '2026-10-01', end: '2026-11-02' }, 'shares days with “Two weeks of design reviews”'],
    [{ ...peopleMonth, label: '   ' }, 'Give the experiment a short name'],
    [{ ...peopleMonth, label: 'x'.repeat(81) }, 'under 80 characters'],
    [{ ...peopleMonth, start: '2026-02-30' }, 'real calendar date for the start'],
    [{ ...peopleMonth, end: '' }, 'real calendar date for the end'],
    [{ ...peopleMonth, start: '2026-12-10', end: '2026-12-09' }, 'end comes before the start'],
    [{ ...peopleMonth, end: '2027-03-02' }, '91 days'],
  ])('refuses %j with a message and changes nothing', async (draft, message) => {
    await saveExperiment(systemFortnight, null, FIXTURE_NOW);
    const before = await getDecisionPlan();
    expect(experimentProblem(draft, before?.experiments ?? [])).toContain(message);
    await expect(saveExperiment(draft, null)).rejects.toThrow(message);
    expect(await getDecisionPlan()).toEqual(before);
  });

  it('refuses to change or delete one another window removed', async () => {
    await saveExperiment(systemFortnight, null, FIXTURE_NOW);
    await expect(saveExperiment(peopleMonth, '2026-01-01')).rejects.toThrow('removed meanwhile');
    expect(await deleteExperiment('2026-01-01')).toBeNull();
    expect(await experiments()).toHaveLength(1);
  });

  it('may touch end to start, and an edited one does not clash with itself', async () => {
    await saveExperiment(systemFortnight, null, FIXTURE_NOW);
    await saveExperiment({ ...peopleMonth, start: '2026-11-16' }, null);
    await saveExperiment({ ...systemFortnight, end: '2026-11-14' }, '2026-11-02');
    expect((await experiments())?.map((item) => item.end)).toEqual(['2026-11-14', '2026-12-28']);
  });

  it('are sealed with the plan while the journal is locked, and unreadable without the key', async () => {
    ({ controller } = await startController());
    await lockJournal(controller);
    await saveExperiment({ ...systemFortnight, label: 'Secret design plan' }, null, FIXTURE_NOW);
    const [row] = await db.decision.toArray();
    expect(row && isSealed(row)).toBe(true);
    expect(await rawJournalText()).not.toContain('Secret design plan');
    await lockNow(controller);
    await expect(getDecisionPlan()).rejects.toThrow('locked');
    await controller.unlock({ passphrase: PASSPHRASE });
    expect((await experiments())?.map((item) => item.label)).toEqual(['Secret design plan']);
    await controller.turnOff(PASSPHRASE);
    const [plain] = await db.decision.toArray();
    expect(plain && !isSealed(plain) && plain.experiments.map((item) => item.label)).toEqual(['Secret design plan']);
  });
});
