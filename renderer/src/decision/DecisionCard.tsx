import { useState } from 'react';
import type { LocalDate } from '../../../shared';
import { briefMarkdown } from '../../../shared/brief';
import type { TrendsData } from '../../../shared/trends';
import { DecisionDateForm } from './DecisionDateForm';
import { DecisionOutlook } from './DecisionOutlook';
import { DecisionRecordForm } from './DecisionRecordForm';
import { DecisionRecordView } from './DecisionRecordView';
import './decision.css';
import { useDecisionPlan } from './useDecisionPlan';

interface Props {
  today: LocalDate;
  /** The trends on screen, or null while they load. */
  data: TrendsData | null;
}

/**
 * On Trends: the decision date, the days left and whether the evidence can
 * be enough by then; set or change it here, and record the decision with the
 * brief of the range on screen. Once recorded, the decision is shown instead.
 */
export function DecisionCard({ today, data }: Props) {
  const plan = useDecisionPlan();
  const [editing, setEditing] = useState(false);
  const [recording, setRecording] = useState(false);
  if (plan === undefined) return null;
  const date = plan?.decisionDate ?? null;
  const record = plan?.record ?? null;
  return (
    <section className="card decision-card" aria-labelledby="decision-card-heading">
      <h2 id="decision-card-heading">Your decision</h2>
      {record ? (
        <DecisionRecordView record={record} />
      ) : recording && data ? (
        <DecisionRecordForm
          today={today}
          brief={briefMarkdown(data, today, date)}
          onCancel={() => setRecording(false)}
        />
      ) : (
        <>
          {date === null ? (
            <>
              <p className="muted">
                When is the conversation about your next role? With its date, Forkcast shows the days left and whether
                your journal can give a clear read by then.
              </p>
              <DecisionDateForm today={today} current={null} />
            </>
          ) : (
            <>
              <DecisionOutlook decisionDate={date} today={today} data={data} detailed />
              {editing ? (
                <DecisionDateForm today={today} current={date} onDone={() => setEditing(false)} />
              ) : (
                <button type="button" className="link-button" onClick={() => setEditing(true)}>
                  Change or clear the date
                </button>
              )}
            </>
          )}
          <p>
            <button type="button" disabled={!data} onClick={() => setRecording(true)}>
              Record my decision
            </button>
          </p>
        </>
      )}
    </section>
  );
}
