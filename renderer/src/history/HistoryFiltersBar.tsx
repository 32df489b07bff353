import {
  ACTIVITY_CATALOG,
  EARLIEST_DATE,
  hasFilters,
  NO_FILTERS,
  PATH_LEANS,
  type CustomActivity,
  type HistoryFilters,
  type LocalDate,
} from '../../../shared';
import { LEAN_NAMES } from '../today/activityText';

interface Props {
  filters: HistoryFilters;
  custom: readonly CustomActivity[];
  today: LocalDate;
  onChange: (filters: HistoryFilters) => void;
}

const DAY_KINDS: { value: HistoryFilters['dayKind']; label: string }[] = [
  { value: null, label: 'Any day' },
  { value: 'good', label: 'Good days' },
  { value: 'mixed', label: 'Mixed days' },
  { value: 'bad', label: 'Bad days' },
  { value: 'none', label: 'Days without a kind' },
];

const PATHS: { value: HistoryFilters['path']; label: string }[] = [
  { value: null, label: 'Either path' },
  { value: 'management', label: 'Some people work' },
  { value: 'architecture', label: 'Some system work' },
];

/** The History filters: day kind, activity, path and a date range, each a plain labelled control. */
export function HistoryFiltersBar({ filters, custom, today, onChange }: Props) {
  const set = (change: Partial<HistoryFilters>) => onChange({ ...filters, ...change });
  const activities = [
    ...ACTIVITY_CATALOG,
    ...custom.map(({ id, label, lean }) => ({ id, label, lean, hint: 'Your own activity' })),
  ];
  return (
    <div className="history-filters" role="group" aria-label="Filters">
      <label className="stacked">
        <span>Day kind</span>
        <select
          value={filters.dayKind ?? ''}
          onChange={(event) => set({ dayKind: (event.target.value || null) as HistoryFilters['dayKind'] })}
        >
          {DAY_KINDS.map(({ value, label }) => (
            <option key={label} value={value ?? ''}>
              {label}
            </option>
          ))}
        </select>
      </label>
      <label className="stacked">
        <span>Activity</span>
        <select value={filters.activity ?? ''} onChange={(event) => set({ activity: event.target.value || null })}>
          <option value="">Any activity</option>
          {PATH_LEANS.map((lean) => (
            <optgroup key={lean} label={LEAN_NAMES[lean]}>
              {activities
                .filter((activity) => activity.lean === lean)
                .map((activity) => (
                  <option key={activity.id} value={activity.id}>
                    {activity.label}
                  </option>
                ))}
            </optgroup>
          ))}
        </select>
      </label>
      <label className="stacked">
        <span>Path</span>
        <select
          value={filters.path ?? ''}
          onChange={(event) => set({ path: (event.target.value || null) as HistoryFilters['path'] })}
        >
          {PATHS.map(({ value, label }) => (
            <option key={label} value={value ?? ''}>
              {label}
            </option>
          ))}
        </select>
      </label>
      <label className="stacked">
        <span>From</span>
        <input
          type="date"
          min={EARLIEST_DATE}
          max={filters.to ?? today}
          value={filters.from ?? ''}
          onChange={(event) => set({ from: event.target.value || null })}
        />
      </label>
      <label className="stacked">
        <span>To</span>
        <input
          type="date"
          min={filters.from ?? EARLIEST_DATE}
          max={today}
          value={filters.to ?? ''}
          onChange={(event) => set({ to: event.target.value || null })}
        />
      </label>
      {hasFilters(filters) && (
        <button type="button" className="history-filters-clear" onClick={() => onChange(NO_FILTERS)}>
          Clear filters
        </button>
      )}
    </div>
  );
}
