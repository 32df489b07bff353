import { canonicalJson } from '../backup/canonicalJson';
import type { DecisionPlan } from '../decisionSchemas';

/**
 * A decision plan read from decision.md. take: the journal has none, or the
 * file's was saved later, or at the same time (then the file was edited by
 * hand since Forkcast wrote it); same: they hold the same plan; keep: the
 * journal's was saved later, so it stays.
 */
export interface DecisionImport {
  file: string;
  theirs: DecisionPlan;
  mine: DecisionPlan | null;
  action: 'take' | 'same' | 'keep';
}

/** Whether two plans say the same, whenever each was saved: the date, the experiments and the decision with its brief. */
function samePlan(a: DecisionPlan, b: DecisionPlan): boolean {
  const content = ({ decisionDate, record, experiments }: DecisionPlan) => ({ decisionDate, record, experiments });
  return canonicalJson(content(a)) === canonicalJson(content(b));
}

/** Whether an imported decision plan replaces the journal's: the later save wins, as neither can be merged. */
export function planDecisionImport(file: string, theirs: DecisionPlan, mine: DecisionPlan | null): DecisionImport {
  const action =
    mine === null ? 'take' : samePlan(mine, theirs) ? 'same' : theirs.updatedAt >= mine.updatedAt ? 'take' : 'keep';
  return { file, theirs, mine, action };
}
