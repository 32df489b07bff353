import { useState } from 'react';
import { formatDate, ROLE_NAMES, type DecisionRecord, type RevisitAnswer } from '../../../shared';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { removeDecisionRecord } from '../data/decisionRepository';
import { describeStorageError } from '../data/errors';

export const REVISIT_WORDS: Readonly<Record<RevisitAnswer, string>> = { yes: 'Yes', unsure: 'Not sure', no: 'No' };

/** The recorded decision as it was written, with the brief of that day, unchanged; it can be removed. */
export function DecisionRecordView({ record }: { record: DecisionRecord }) {
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const day = formatDate(record.decidedOn, 'weekdayDate');
  return (
    <div className="decision-record">
      <p className="decision-record-choice">
        On {day} you decided on the {record.choice} path ({ROLE_NAMES[record.choice].toLowerCase()}).
      </p>
      <h3>Why</h3>
      <p className="decision-text">{record.reasons || 'Nothing written.'}</p>
      <h3>What would make you reconsider</h3>
      <p className="decision-text">{record.reconsider || 'Nothing written.'}</p>
      {record.revisits.length > 0 && (
        <ul className="decision-revisits">
          {record.revisits.map((revisit) => (
            <li key={revisit.months}>
              After {revisit.months} months ({formatDate(revisit.answeredOn, 'date')}), was it right?{' '}
              {REVISIT_WORDS[revisit.answer]}.
            </li>
          ))}
        </ul>
      )}
      <details className="decision-snapshot">
        <summary>The brief as it stood on {day}</summary>
        <pre>{record.brief}</pre>
      </details>
      <button type="button" className="link-button" onClick={() => setConfirming(true)}>
        Remove this decision
      </button>
      <p role="alert" className="error-text">
        {error ?? ''}
      </p>
      {confirming && (
        <ConfirmDialog
          title="Remove the recorded decision?"
          confirmLabel="Remove the decision"
          danger
          onCancel={() => setConfirming(false)}
          onConfirm={() => {
            setConfirming(false);
            removeDecisionRecord().catch((failure: unknown) => setError(describeStorageError(failure)));
          }}
        >
          <p>Its reasons, the brief of that day and any answers to “Was it right?” go with it. Your days stay.</p>
        </ConfirmDialog>
      )}
    </div>
  );
}
