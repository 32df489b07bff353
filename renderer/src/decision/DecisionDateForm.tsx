import { useId, useState, type FormEvent } from 'react';
import type { LocalDate } from '../../../shared';
import { decisionDateProblem, setDecisionDate } from '../data/decisionRepository';
import { describeStorageError } from '../data/errors';

interface Props {
  today: LocalDate;
  /** The date set now, if any. */
  current: LocalDate | null;
  /** Called once a change is stored (to close the form where it was opened from a card). */
  onDone?: () => void;
}

/** Sets, changes or clears the date of the decision conversation; a date that cannot be one is refused with a message. */
export function DecisionDateForm({ today, current, onDone }: Props) {
  const id = useId();
  const [value, setValue] = useState(current ?? '');
  const [message, setMessage] = useState<{ error: boolean; text: string } | null>(null);

  const store = async (date: LocalDate | null) => {
    try {
      await setDecisionDate(date, today);
      setMessage({ error: false, text: date ? 'Decision date saved.' : 'Decision date cleared.' });
      onDone?.();
    } catch (error) {
      setMessage({ error: true, text: describeStorageError(error) });
    }
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const problem = decisionDateProblem(value, today);
    if (problem) setMessage({ error: true, text: problem });
    else void store(value);
  };

  return (
    <form className="decision-date-form row" onSubmit={submit} noValidate>
      <label htmlFor={`${id}-date`}>Date of the decision conversation</label>
      <input
        id={`${id}-date`}
        type="date"
        value={value}
        min={today}
        aria-invalid={message?.error === true}
        aria-describedby={`${id}-message`}
        onChange={(event) => {
          setValue(event.target.value);
          setMessage(null);
        }}
      />
      <button type="submit" className="primary">
        {current ? 'Change date' : 'Set date'}
      </button>
      {current && (
        <button type="button" onClick={() => void store(null)}>
          Clear date
        </button>
      )}
      <p
        id={`${id}-message`}
        role={message?.error ? 'alert' : 'status'}
        className={message?.error ? 'error-text' : 'muted'}
      >
        {message?.text ?? ''}
      </p>
    </form>
  );
}
