import { useState } from 'react';
import {
  dueRevisit,
  formatDate,
  REVISIT_ANSWERS,
  type DecisionRecord,
  type LocalDate,
  type RevisitMonths,
} from '../../../shared';
import { answerRevisit } from '../data/decisionRepository';
import { describeStorageError } from '../data/errors';
import { useTrends } from '../trends/useTrends';
import { REVISIT_WORDS } from './DecisionRecordView';
import './decision.css';
import { useDecisionPlan } from './useDecisionPlan';

/** The lean over the days since the decision, as the analysis reads them: the same words as Trends' headline. */
function LeanSince({ record, today }: { record: DecisionRecord; today: LocalDate }) {
  const trends = useTrends({ from: record.decidedOn, to: today });
  if (trends.status !== 'ready') return <p className="muted">Reading your days since then…</p>;
  const { headline, entries } = trends.data;
  return (
    <div className="decision-since">
      <p>
        Since then ({entries} {entries === 1 ? 'day' : 'days'} written): <strong>{headline.title}</strong>
      </p>
      <p>{headline.sentence}</p>
    </div>
  );
}

function RevisitQuestion({
  record,
  months,
  today,
}: {
  record: DecisionRecord;
  months: RevisitMonths;
  today: LocalDate;
}) {
  const [error, setError] = useState<string | null>(null);
  return (
    <section className="card today-revisit" aria-labelledby="revisit-heading">
      <h2 id="revisit-heading">Was it right?</h2>
      <p>
        {months} months ago, on {formatDate(record.decidedOn, 'weekdayDate')}, you decided on the {record.choice} path.
        Looking at your days since, was it the right call?
      </p>
      <LeanSince record={record} today={today} />
      <div className="row" role="group" aria-label="Was it right?">
        {REVISIT_ANSWERS.map((answer) => (
          <button
            key={answer}
            type="button"
            onClick={() =>
              answerRevisit(months, answer, today).catch((failure: unknown) => setError(describeStorageError(failure)))
            }
          >
            {REVISIT_WORDS[answer]}
          </button>
        ))}
      </div>
      <p role="alert" className="error-text">
        {error ?? ''}
      </p>
    </section>
  );
}

/** On Today, three and six months after a recorded decision: "Was it right?", with the lean since. */
export function TodayRevisit({ today }: { today: LocalDate }) {
  const record = useDecisionPlan()?.record ?? null;
  const months = record && dueRevisit(record, today);
  if (!record || !months) return null;
  return <RevisitQuestion record={record} months={months} today={today} />;
}
