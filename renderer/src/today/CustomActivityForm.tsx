import { useState, type FormEvent } from 'react';
import type { CustomActivity, PathLean } from '../../../shared';
import { addCustomActivity } from '../data/customActivitiesRepository';
import { describeStorageError } from '../data/errors';

interface Props {
  onAdded: (activity: CustomActivity) => void;
}

/** Adds an activity of the user's own, with the path it leans to (if any). */
export function CustomActivityForm({ onAdded }: Props) {
  const [label, setLabel] = useState('');
  const [lean, setLean] = useState<PathLean>('neutral');
  const [problem, setProblem] = useState<string | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!label.trim()) {
      setProblem('Give the activity a name first.');
      return;
    }
    try {
      const added = await addCustomActivity(label, lean);
      setLabel('');
      setProblem(null);
      onAdded(added);
    } catch (error) {
      setProblem(describeStorageError(error));
    }
  };

  return (
    <form className="row custom-activity" onSubmit={(event) => void submit(event)}>
      <label className="row">
        <span>Add your own</span>
        <input
          type="text"
          value={label}
          onChange={(event) => setLabel(event.target.value)}
          placeholder="e.g. Vendor calls"
        />
      </label>
      <label className="row">
        <span>Leans to</span>
        <select value={lean} onChange={(event) => setLean(event.target.value as PathLean)}>
          <option value="neutral">Either path</option>
          <option value="management">Engineering management</option>
          <option value="architecture">Architecture</option>
        </select>
      </label>
      <button type="submit">Add activity</button>
      {problem && (
        <p className="error-text" role="alert">
          {problem}
        </p>
      )}
    </form>
  );
}
