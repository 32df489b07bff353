import {
  ACTIVITY_CATALOG,
  type Activity,
  type CustomActivity,
  type EntryActivity,
  type Feel,
  type PathLean,
} from '../../../shared';
import { CustomActivityForm } from './CustomActivityForm';

export const FEEL_LABELS: Record<Feel, string> = {
  [-2]: 'Drained',
  [-1]: 'Tiring',
  0: 'Neutral',
  1: 'Good',
  2: 'Energised',
};

const FEEL_OPTIONS = [2, 1, 0, -1, -2] as const satisfies readonly Feel[];

/** The select's value for an activity that is ticked but not rated yet. */
const NOT_RATED = '';

export const LEAN_GROUPS: { lean: PathLean; title: string; hint: string }[] = [
  { lean: 'management', title: 'People work', hint: 'leans to engineering management' },
  { lean: 'architecture', title: 'System work', hint: 'leans to architecture' },
  { lean: 'neutral', title: 'Either path', hint: 'both roles do this' },
];

interface Props {
  chosen: readonly EntryActivity[];
  custom: readonly CustomActivity[];
  onToggle: (id: string, on: boolean) => void;
  onFeel: (id: string, feel: Feel | null) => void;
  onAdded: (activity: CustomActivity) => void;
}

/** What the day was spent on, and how each part felt. */
export function ActivityPicker({ chosen, custom, onToggle, onFeel, onAdded }: Props) {
  const feelOf = new Map(chosen.map((activity) => [activity.id, activity.feel]));
  const unrated = chosen.filter((activity) => activity.feel === null).length;
  const own: Activity[] = custom.map(({ id, label, lean }) => ({ id, label, lean, hint: 'Your own activity' }));

  const renderActivity = (activity: Activity) => {
    const feel = feelOf.get(activity.id);
    const on = feel !== undefined;
    return (
      <li key={activity.id} className={`activity ${on ? 'on' : ''}`}>
        <label title={activity.hint}>
          <input type="checkbox" checked={on} onChange={(event) => onToggle(activity.id, event.target.checked)} />
          {activity.label}
        </label>
        {on && (
          <select
            aria-label={`How did ${activity.label} feel?`}
            className={feel === null ? 'not-rated' : undefined}
            value={feel ?? NOT_RATED}
            onChange={(event) => {
              const value = event.target.value;
              onFeel(activity.id, value === NOT_RATED ? null : (Number(value) as Feel));
            }}
          >
            <option value={NOT_RATED}>Not rated</option>
            {FEEL_OPTIONS.map((value) => (
              <option key={value} value={value}>
                {FEEL_LABELS[value]} ({value > 0 ? `+${value}` : value})
              </option>
            ))}
          </select>
        )}
      </li>
    );
  };

  return (
    <section className="card activities" aria-labelledby="activities-heading">
      <h2 id="activities-heading">What did the day hold?</h2>
      <p className="muted">Tick what you did, then say how each felt.</p>
      {unrated > 0 && (
        <p className="activities-unrated">
          {unrated === 1 ? '1 activity' : `${unrated} activities`} not rated yet: the trends leave{' '}
          {unrated === 1 ? 'it' : 'them'} out until you say how {unrated === 1 ? 'it' : 'they'} felt.
        </p>
      )}
      <div className="activity-groups">
        {LEAN_GROUPS.map(({ lean, title, hint }) => (
          <fieldset key={lean} className={`activity-group lean-${lean}`}>
            <legend>
              {title} <span className="muted">({hint})</span>
            </legend>
            <ul>{[...ACTIVITY_CATALOG, ...own].filter((activity) => activity.lean === lean).map(renderActivity)}</ul>
          </fieldset>
        ))}
      </div>
      <CustomActivityForm onAdded={onAdded} />
    </section>
  );
}
