import { useId, useState, type FormEvent } from 'react';
import { LIMITS, PATHS, ROLE_NAMES, type LocalDate, type Path } from '../../../shared';
import { recordDecision } from '../data/decisionRepository';
import { describeStorageError } from '../data/errors';

interface Props {
  today: LocalDate;
  /** The brief's markdown as it stands now: kept with the decision, unchanged. */
  brief: string;
  onCancel: () => void;
}

/** Records the decision: which path, why, what would make the user think again, and the brief as it stands. */
export function DecisionRecordForm({ today, brief, onCancel }: Props) {
  const id = useId();
  const [choice, setChoice] = useState<Path | null>(null);
  const [reasons, setReasons] = useState('');
  const [reconsider, setReconsider] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (choice === null) {
      setError('Choose the path you decided on.');
      return;
    }
    setSaving(true);
    try {
      await recordDecision({ choice, reasons, reconsider, brief }, today);
    } catch (failure) {
      setError(describeStorageError(failure));
      setSaving(false);
    }
  };

  return (
    <form className="decision-record-form" aria-labelledby={`${id}-title`} onSubmit={(event) => void submit(event)}>
      <h2 id={`${id}-title`}>Record your decision</h2>
      <p className="muted">
        Kept in your journal with this brief exactly as it reads today. Three and six months from now, Today will ask
        whether it was right.
      </p>
      <fieldset>
        <legend>I decided on</legend>
        {PATHS.map((path) => (
          <label key={path} className="row">
            <input
              type="radio"
              name={`${id}-choice`}
              value={path}
              checked={choice === path}
              onChange={() => {
                setChoice(path);
                setError(null);
              }}
            />
            {ROLE_NAMES[path]} ({path})
          </label>
        ))}
      </fieldset>
      <label htmlFor={`${id}-reasons`}>Why</label>
      <textarea
        id={`${id}-reasons`}
        rows={4}
        maxLength={LIMITS.answerChars}
        value={reasons}
        onChange={(event) => setReasons(event.target.value)}
      />
      <label htmlFor={`${id}-reconsider`}>What would make me reconsider</label>
      <textarea
        id={`${id}-reconsider`}
        rows={3}
        maxLength={LIMITS.answerChars}
        value={reconsider}
        onChange={(event) => setReconsider(event.target.value)}
      />
      <p role="alert" className="error-text">
        {error ?? ''}
      </p>
      <div className="row">
        <button type="submit" className="primary" disabled={saving}>
          Record decision
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
