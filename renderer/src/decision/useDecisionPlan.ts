import { useLiveQuery } from 'dexie-react-hooks';
import type { DecisionPlan } from '../../../shared';
import { getDecisionPlan } from '../data/decisionRepository';

/** The decision plan, kept live across windows: undefined while it loads, null when none is set. */
export function useDecisionPlan(): DecisionPlan | null | undefined {
  return useLiveQuery(getDecisionPlan, []);
}
