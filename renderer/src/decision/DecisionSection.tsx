import { formatDate, type LocalDate } from '../../../shared';
import { DecisionDateForm } from './DecisionDateForm';
import './decision.css';
import { useDecisionPlan } from './useDecisionPlan';

/** In Settings: the date of the decision conversation, to set, change or clear. */
export function DecisionSection({ today }: { today: LocalDate }) {
  const plan = useDecisionPlan();
  if (plan === undefined) return null;
  const date = plan?.decisionDate ?? null;
  return (
    <section className="card" aria-labelledby="decision-heading">
      <h2 id="decision-heading">Decision date</h2>
      <p className="muted">
        {date
          ? `Your decision conversation is on ${formatDate(date, 'weekdayDate')}. Today and Trends count the days left and say whether your journal can give a clear read by then.`
          : 'Set the date of the conversation about your next role, and Today and Trends will count the days left and say whether your journal can give a clear read by then.'}
      </p>
      <DecisionDateForm today={today} current={date} />
    </section>
  );
}
