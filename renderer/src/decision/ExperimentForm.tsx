import { useId, useState, type FormEvent } from 'react';
import {
  EXPERIMENT_LABEL_CHARS,
  experimentProblem,
  FOCUS_WORDS,
  PATHS,
  shiftDate,
  type Experiment,
  type ExperimentDraft,
  type LocalDate,
} from '../../../shared';
import { saveExperiment } from '../data/decisionRepository';
import { describeStorageError } from '../data/errors';

interface Props {
  today: LocalDate;
  /** The experiment being changed, or null for a new one. */
  editing: Experiment | null;
  /** The plan's other experiments, which the dates may not overlap. */
  others: readonly Experiment[];
  onDone: (message: string) => void;
  onCancel: () => void;
}

/** A new one starts today and runs two weeks: long enough to compare, short enough to keep to. */
const freshDraft = (today: LocalDate): ExperimentDraft => ({
  label: '',
  focus: 'architecture',
  start: today,
  end: shiftDate(today, 13),
});

/** Plans an experiment, or changes one: its name, the kind of work, its first and last day. Bad input is named, and nothing is stored. */
export function ExperimentForm({ today, editing, others, onDone, onCancel }: Props) {
  const id = useId();
  const [draft, setDraft] = useState<ExperimentDraft>(editing ?? freshDraft(today));
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const change = (next: Partial<ExperimentDraft>) => {
    setDraft((current) => ({ ...current, ...next }));
    setError(null);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const problem = experimentProblem(draft, others);
    if (problem) {
      setError(problem);
      return;
    }
    setSaving(true);
    try {
      await saveExperiment(draft, editing?.start ?? null);
      onDone(editing ? `Experiment “${draft.label.trim()}” changed.` : `Experiment “${draft.label.trim()}” planned.`);
    } catch (failure) {
      setError(describeStorageError(failure));
      setSaving(false);
    }
  };

  return (
    <form
      className="experiment-form"
      aria-labelledby={`${id}-title`}
      noValidate
      onSubmit={(event) => void submit(event)}
    >
      <h3 id={`${id}-title`}>{editing ? 'Change the experiment' : 'Plan an experiment'}</h3>
      <label htmlFor={`${id}-label`}>Name</label>
      <input
        id={`${id}-label`}
        type="text"
        value={draft.label}
        maxLength={EXPERIMENT_LABEL_CHARS}
        placeholder="Two weeks of design reviews"
        aria-invalid={error !== null}
        aria-describedby={`${id}-error`}
        onChange={(event) => change({ label: event.target.value })}
      />
      <fieldset>
        <legend>I will do</legend>
        {PATHS.map((path) => (
          <label key={path} className="row">
            <input
              type="radio"
              name={`${id}-focus`}
              value={path}
              checked={draft.focus === path}
              onChange={() => change({ focus: path })}
            />
            {FOCUS_WORDS[path]} ({path})
          </label>
        ))}
      </fieldset>
      <div className="row">
        <label htmlFor={`${id}-start`}>First day</label>
        <input
          id={`${id}-start`}
          type="date"
          value={draft.start}
          aria-describedby={`${id}-error`}
          onChange={(event) => change({ start: event.target.value })}
        />
        <label htmlFor={`${id}-end`}>Last day</label>
        <input
          id={`${id}-end`}
          type="date"
          value={draft.end}
          min={draft.start || undefined}
          aria-describedby={`${id}-error`}
          onChange={(event) => change({ end: event.target.value })}
        />
      </div>
      <p id={`${id}-error`} role="alert" className="error-text">
        {error ?? ''}
      </p>
      <div className="row">
        <button type="submit" className="primary" disabled={saving}>
          {editing ? 'Save changes' : 'Plan experiment'}
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
