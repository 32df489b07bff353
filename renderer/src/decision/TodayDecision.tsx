import type { LocalDate } from '../../../shared';
import { DEFAULT_RANGE, resolveRange } from '../../../shared/trends';
import { useRangeChoice } from '../trends/useRangeChoice';
import { useTrends } from '../trends/useTrends';
import { DecisionOutlook } from './DecisionOutlook';
import './decision.css';
import { useDecisionPlan } from './useDecisionPlan';

/** Read from the range picked in Trends when it ends today, else from the default range, which always does. */
function TodayOutlook({ decisionDate, today }: { decisionDate: LocalDate; today: LocalDate }) {
  const [choice] = useRangeChoice();
  const picked = resolveRange(choice, today);
  const trends = useTrends(picked.to === today ? picked : resolveRange(DEFAULT_RANGE, today));
  return (
    <DecisionOutlook decisionDate={decisionDate} today={today} data={trends.status === 'ready' ? trends.data : null} />
  );
}

/** On Today, once a decision date is set: the days left and the readiness estimate, in a line or two. */
export function TodayDecision({ today }: { today: LocalDate }) {
  const plan = useDecisionPlan();
  const date = plan?.decisionDate ?? null;
  // Once the decision is recorded, the countdown has done its work.
  if (date === null || date < today || plan?.record) return null;
  return (
    <section className="card today-decision" aria-label="Your decision">
      <TodayOutlook decisionDate={date} today={today} />
    </section>
  );
}
