import { DAY_KINDS, PATH_LEANS, type DayKind, type ImportMapping, type PathLean } from '../../../shared';
import { LEAN_LABELS } from '../components/leanText';
import { dayKindName } from '../components/dayKindText';

interface Props {
  mapping: ImportMapping;
  onMood: (mood: string, kind: DayKind | null) => void;
  onActivity: (activity: string, lean: PathLean) => void;
}

/** The select's value for "no day kind". */
const NONE = '';

/** How the other app's moods and activities become day kinds and paths, changed before anything is written. */
export function SourceMapping({ mapping, onMood, onActivity }: Props) {
  const moods = Object.keys(mapping.moods).sort();
  const activities = Object.keys(mapping.activities).sort((a, b) => a.localeCompare(b));
  if (moods.length + activities.length === 0) return null;
  return (
    <div className="source-mapping">
      {moods.length > 0 && (
        <fieldset>
          <legend>Moods become day kinds</legend>
          <p className="muted">A mood left without a kind leaves its days without one; nothing is guessed.</p>
          {moods.map((mood) => (
            <label key={mood} className="mapping-row">
              <span>{mood}</span>
              <select
                value={mapping.moods[mood] ?? NONE}
                onChange={(event) => onMood(mood, DAY_KINDS.find((kind) => kind === event.target.value) ?? null)}
              >
                <option value={NONE}>No day kind</option>
                {DAY_KINDS.map((kind) => (
                  <option key={kind} value={kind}>
                    {dayKindName(kind)}
                  </option>
                ))}
              </select>
            </label>
          ))}
        </fieldset>
      )}
      {activities.length > 0 && (
        <fieldset>
          <legend>Activities become your own activities</legend>
          <p className="muted">
            Each is added as an activity of yours, on the path you pick, and left unrated on its days. An activity you
            already have keeps its path.
          </p>
          <div className="mapping-list">
            {activities.map((activity) => (
              <label key={activity} className="mapping-row">
                <span>{activity}</span>
                <select
                  value={mapping.activities[activity] ?? 'neutral'}
                  onChange={(event) =>
                    onActivity(activity, PATH_LEANS.find((lean) => lean === event.target.value) ?? 'neutral')
                  }
                >
                  {PATH_LEANS.map((lean) => (
                    <option key={lean} value={lean}>
                      {LEAN_LABELS[lean]}
                    </option>
                  ))}
                </select>
              </label>
            ))}
          </div>
        </fieldset>
      )}
    </div>
  );
}
