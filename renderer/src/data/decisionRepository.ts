import {
  DECISION_PLAN_ID,
  decisionPlanSchema,
  describeIssues,
  experimentProblem,
  isLocalDate,
  shiftDate,
  type DecisionPlan,
  type DecisionRecord,
  type Experiment,
  type ExperimentDraft,
  type LocalDate,
  type Path,
  type RevisitAnswer,
  type RevisitMonths,
} from '../../../shared';
import { db } from './database';
import { ValidationError } from './errors';
import { noteJournalChange } from './journalChanges';
import { checkWriteMode, decisionRow, openDecision, sameRow, writeMode } from './journalRows';

/** How far ahead a decision date may be: further than this is a typo, not a plan. */
const DECISION_HORIZON_DAYS = 3 * 366;

/** The decision plan, or null when the user has set none (or it does not open). */
export async function getDecisionPlan(): Promise<DecisionPlan | null> {
  const row = await db.decision.get(DECISION_PLAN_ID);
  return row ? openDecision(row) : null;
}

/** Why `date` cannot be the decision date as of `today`, or null when it can. */
export function decisionDateProblem(date: string, today: LocalDate): string | null {
  if (!isLocalDate(date)) return 'Choose a real calendar date for the conversation.';
  if (date < today) return 'That date has passed: choose today or a later day.';
  if (date > shiftDate(today, DECISION_HORIZON_DAYS)) return 'Choose a date within the next three years.';
  return null;
}

/**
 * Changes the plan: `change` gets the stored one (an empty one if none) and
 * returns the next, which is checked, sealed if the journal is locked, and
 * written only if no other window changed the plan meanwhile.
 */
async function changePlan(change: (current: DecisionPlan) => DecisionPlan): Promise<void> {
  const mode = writeMode();
  const before = await db.decision.get(DECISION_PLAN_ID);
  const current = (before && (await openDecision(before, mode.state))) ?? null;
  const parsed = decisionPlanSchema.safeParse(
    change(current ?? { decisionDate: null, record: null, experiments: [], updatedAt: new Date(0).toISOString() }),
  );
  if (!parsed.success) throw new ValidationError(describeIssues(parsed.error, 'The decision'));
  const row = await decisionRow(DECISION_PLAN_ID, parsed.data, mode);
  await db.transaction('rw', db.decision, db.keyring, async () => {
    await checkWriteMode(mode);
    if (!sameRow(await db.decision.get(DECISION_PLAN_ID), before)) {
      throw new ValidationError('Your decision was changed in another window; look again and retry.');
    }
    await db.decision.put(row);
  });
  noteJournalChange({ days: new Map(), decision: parsed.data });
}

/** Sets (or, with null, clears) the date of the conversation; a date that cannot be one changes nothing. */
export async function setDecisionDate(date: LocalDate | null, today: LocalDate, now = new Date()): Promise<void> {
  if (date !== null) {
    const problem = decisionDateProblem(date, today);
    if (problem) throw new ValidationError(problem);
  }
  await changePlan((plan) => ({ ...plan, decisionDate: date, updatedAt: now.toISOString() }));
}

/** What the user writes when recording the decision; the brief snapshot is taken by the caller. */
export interface DecisionInput {
  choice: Path;
  reasons: string;
  reconsider: string;
  /** The brief's markdown as it stands today. */
  brief: string;
}

/** Records the decision, today, with the brief as it stands; a journal keeps one decision. */
export async function recordDecision(input: DecisionInput, today: LocalDate, now = new Date()): Promise<void> {
  await changePlan((plan) => {
    if (plan.record) throw new ValidationError('A decision is already recorded; remove it first to record another.');
    const record: DecisionRecord = {
      decidedOn: today,
      choice: input.choice,
      reasons: input.reasons.trim(),
      reconsider: input.reconsider.trim(),
      brief: input.brief,
      revisits: [],
    };
    return { ...plan, record, updatedAt: now.toISOString() };
  });
}

/** Removes the recorded decision (a mistake, or a decision reopened); the date stays. */
export async function removeDecisionRecord(now = new Date()): Promise<void> {
  await changePlan((plan) => ({ ...plan, record: null, updatedAt: now.toISOString() }));
}

/** Stores the answer to "Was it right?" at `months` after the decision. */
export async function answerRevisit(
  months: RevisitMonths,
  answer: RevisitAnswer,
  today: LocalDate,
  now = new Date(),
): Promise<void> {
  await changePlan((plan) => {
    if (!plan.record) throw new ValidationError('No decision is recorded to look back on.');
    const revisits = [
      ...plan.record.revisits.filter((item) => item.months !== months),
      { months, answer, answeredOn: today },
    ];
    revisits.sort((a, b) => a.months - b.months);
    return { ...plan, record: { ...plan.record, revisits }, updatedAt: now.toISOString() };
  });
}

/**
 * Adds an experiment, or (with `replacing`, the start of one stored) changes
 * one. One that cannot be stored, or that shares a day with another, is
 * refused with the form's own message and changes nothing; the check runs
 * again on the stored plan, so two windows cannot add overlapping ones.
 */
export async function saveExperiment(
  draft: ExperimentDraft,
  replacing: LocalDate | null,
  now = new Date(),
): Promise<void> {
  await changePlan((plan) => {
    if (replacing !== null && !plan.experiments.some((item) => item.start === replacing)) {
      throw new ValidationError(
        'That experiment was removed meanwhile (perhaps in another window); nothing was changed.',
      );
    }
    const others = plan.experiments.filter((item) => item.start !== replacing);
    const problem = experimentProblem(draft, others);
    if (problem) throw new ValidationError(problem);
    const experiment: Experiment = {
      label: draft.label.trim(),
      focus: draft.focus,
      start: draft.start,
      end: draft.end,
    };
    const experiments = [...others, experiment].sort((a, b) => (a.start < b.start ? -1 : 1));
    return { ...plan, experiments, updatedAt: now.toISOString() };
  });
}

/** Removes the experiment that starts on `start`; returns it, so it can be put back (Undo). */
export async function deleteExperiment(start: LocalDate, now = new Date()): Promise<Experiment | null> {
  let removed: Experiment | null = null;
  await changePlan((plan) => {
    removed = plan.experiments.find((item) => item.start === start) ?? null;
    return {
      ...plan,
      experiments: plan.experiments.filter((item) => item.start !== start),
      updatedAt: now.toISOString(),
    };
  });
  return removed;
}
