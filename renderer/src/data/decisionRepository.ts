import {
  DECISION_PLAN_ID,
  decisionPlanSchema,
  describeIssues,
  isLocalDate,
  shiftDate,
  type DecisionPlan,
  type LocalDate,
} from '../../../shared';
import { db } from './database';
import { ValidationError } from './errors';
import { checkWriteMode, decisionRow, openDecision, sameRow, writeMode } from './journalRows';

/** How far ahead a decision date may be: further than this is a typo, not a plan. */
export const DECISION_HORIZON_DAYS = 3 * 366;

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

/** Writes the plan as a whole, sealed when the journal is locked; the lock must not change meanwhile. */
export async function putDecisionPlan(plan: DecisionPlan): Promise<void> {
  const parsed = decisionPlanSchema.safeParse(plan);
  if (!parsed.success) throw new ValidationError(describeIssues(parsed.error, 'The decision date'));
  const mode = writeMode();
  const before = await db.decision.get(DECISION_PLAN_ID);
  const row = await decisionRow(DECISION_PLAN_ID, parsed.data, mode);
  await db.transaction('rw', db.decision, db.keyring, async () => {
    await checkWriteMode(mode);
    if (!sameRow(await db.decision.get(DECISION_PLAN_ID), before)) {
      throw new ValidationError('The decision date was changed in another window; look again and retry.');
    }
    await db.decision.put(row);
  });
}

/** Sets (or, with null, clears) the date of the conversation; a date that cannot be one changes nothing. */
export async function setDecisionDate(date: LocalDate | null, today: LocalDate, now = new Date()): Promise<void> {
  if (date !== null) {
    const problem = decisionDateProblem(date, today);
    if (problem) throw new ValidationError(problem);
  }
  await putDecisionPlan({ decisionDate: date, updatedAt: now.toISOString() });
}
