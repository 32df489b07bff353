import type { Activity, Feel } from '../../../shared';
import { useGridFocus } from '../components/useGridFocus';
import { FEEL_CHOICES, LEAN_TAGS } from './activityText';

export interface ActivityRow {
  activity: Activity;
  /** Undefined while the activity is not part of the day; null when it is but not rated yet. */
  feel: Feel | null | undefined;
}

interface Props {
  rows: readonly ActivityRow[];
  /** Picks the activity if needed and rates it; null leaves it picked but unrated. */
  onFeel: (id: string, feel: Feel | null) => void;
  onToggle: (id: string, on: boolean) => void;
}

const CELLS_PER_ROW = 1 + FEEL_CHOICES.length;

/**
 * The day's activities as a grid, one row each: the name (pressed when the
 * activity is part of the day) and five feel chips. One click on a chip picks
 * the activity and rates it; clicking the chosen feel again leaves it picked
 * but unrated; clicking the name adds or removes the activity. The grid is a
 * single Tab stop, moved through with the arrow keys.
 */
export function ActivityGrid({ rows, onFeel, onToggle }: Props) {
  const grid = useGridFocus(rows.map(() => CELLS_PER_ROW));
  return (
    <div role="grid" aria-label="Activities and how each felt" className="activity-grid" onKeyDown={grid.onKeyDown}>
      {rows.map(({ activity, feel }, row) => {
        const picked = feel !== undefined;
        return (
          <div
            role="row"
            key={activity.id}
            aria-label={activity.label}
            className={`activity-row lean-${activity.lean} ${picked ? 'picked' : ''} ${feel === null ? 'unrated' : ''}`}
          >
            <div role="rowheader" className="activity-name">
              <button
                type="button"
                aria-pressed={picked}
                title={activity.hint}
                onClick={() => onToggle(activity.id, !picked)}
                {...grid.cellProps(row, 0)}
              >
                <span className="activity-check" aria-hidden="true">
                  {picked ? '✓' : '+'}
                </span>
                {activity.label}
              </button>
              <span className="activity-lean">{LEAN_TAGS[activity.lean]}</span>
              {feel === null && <span className="activity-unrated">not rated</span>}
            </div>
            {FEEL_CHOICES.map((choice, index) => {
              const chosen = feel === choice.value;
              return (
                <div role="gridcell" key={choice.value} className="activity-feel">
                  <button
                    type="button"
                    aria-pressed={chosen}
                    className={`feel-chip feel-${choice.tone} ${chosen ? 'chosen' : ''}`}
                    onClick={() => onFeel(activity.id, chosen ? null : choice.value)}
                    {...grid.cellProps(row, index + 1)}
                  >
                    {choice.label}
                  </button>
                </div>
              );
            })}
          </div>
        );
      })}
    </div>
  );
}
