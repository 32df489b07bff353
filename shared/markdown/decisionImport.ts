import { canonicalJson } from '../backup/canonicalJson';
import type { DecisionPlan } from '../decisionSchemas';
import type { ConflictChoice } from './importPlan';
import { DECISION_FILE, syncConflictOriginal } from './paths';

/**
 * A decision plan read from decision.md. take: the journal has none, or the
 * file's was saved later, or at the same time (then the file was edited by
 * hand since Forkcast wrote it); same: they hold the same plan; keep: the
 * journal's was saved later, so it stays; choose: a sync tool's conflict
 * copy of decision.md that differs from the journal's plan, so the user
 * keeps theirs or takes the copy's, as for a day.
 */
export interface DecisionImport {
  file: string;
  theirs: DecisionPlan;
  mine: DecisionPlan | null;
  action: 'take' | 'same' | 'keep' | 'choose';
}

/** Whether two plans say the same, whenever each was saved: the date, the experiments and the decision with its brief. */
function samePlan(a: DecisionPlan, b: DecisionPlan): boolean {
  const content = ({ decisionDate, record, experiments }: DecisionPlan) => ({ decisionDate, record, experiments });
  return canonicalJson(content(a)) === canonicalJson(content(b));
}

/** Whether an imported decision plan replaces the journal's: the later save wins, as neither can be merged. */
export function planDecisionImport(file: string, theirs: DecisionPlan, mine: DecisionPlan | null): DecisionImport {
  const plan = (action: DecisionImport['action']): DecisionImport => ({ file, theirs, mine, action });
  if (mine === null) return plan('take');
  if (samePlan(mine, theirs)) return plan('same');
  // A conflict copy was saved on another computer while this one saved too: its save time says nothing of which to keep.
  if (syncConflictOriginal(file) !== null) return plan('choose');
  return plan(theirs.updatedAt >= mine.updatedAt ? 'take' : 'keep');
}

/** The key of the decision plan's keep mine / take theirs choice, beside the days' dates and the reviews' weeks. */
export const DECISION_CHOICE = DECISION_FILE;

/** Whether an import with these choices replaces the journal's decision plan with the file's. */
export function takesDecision(
  decision: DecisionImport | undefined,
  choices: ReadonlyMap<string, ConflictChoice>,
): boolean {
  return decision?.action === 'take' || (decision?.action === 'choose' && choices.get(DECISION_CHOICE) === 'theirs');
}
