import { useState, type FormEvent } from 'react';
import type { CustomActivity, PathLean } from '../../../shared';
import { ChoiceGroup, type Choice } from '../components/ChoiceGroup';
import { addCustomActivity } from '../data/customActivitiesRepository';
import { describeStorageError } from '../data/errors';

const LEAN_CHOICES: readonly Choice<PathLean>[] = [
  { value: 'management', label: 'People work (management)' },
  { value: 'architecture', label: 'System work (architecture)' },
  { value: 'neutral', label: 'Either path' },
];

interface Props {
  /** The name typed in the activity search, to start from. */
  initialLabel: string;
  onAdded: (activity: CustomActivity) => void;
  onCancel: () => void;
}

/** Adds an activity of the user's own, with the path it leans to (if any). */
export function CustomActivityForm({ initialLabel, onAdded, onCancel }: Props) {
  const [label, setLabel] = useState(initialLabel);
  const [lean, setLean] = useState<PathLean | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!label.trim()) {
      setProblem('Give the activity a name first.');
      return;
    }
    try {
      const added = await addCustomActivity(label, lean ?? 'neutral');
      setProblem(null);
      onAdded(added);
    } catch (error) {
      setProblem(describeStorageError(error));
    }
  };

  return (
    <form
      className="custom-activity"
      aria-label="Your own activity"
      onSubmit={(event) => void submit(event)}
      onKeyDown={(event) => {
        if (event.key === 'Escape') onCancel();
      }}
    >
      <label className="stacked">
        <span>Name</span>
        <input
          type="text"
          value={label}
          // The form opens on purpose, from the activity search: the name is where the user continues.
          autoFocus
          onChange={(event) => setLabel(event.target.value)}
          placeholder="e.g. Vendor calls"
        />
      </label>
      <ChoiceGroup legend="It counts toward" choices={LEAN_CHOICES} value={lean} onChange={setLean} />
      <div className="row">
        <button type="submit" className="primary">
          Add activity
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
      {problem && (
        <p className="error-text" role="alert">
          {problem}
        </p>
      )}
    </form>
  );
}
