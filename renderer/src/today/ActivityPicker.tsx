import { useState, type Ref } from 'react';
import {
  ACTIVITY_CATALOG,
  findActivity,
  formatDate,
  shiftDate,
  type Activity,
  type CustomActivity,
  type Entry,
  type EntryActivity,
  type LocalDate,
} from '../../../shared';
import { ActivityGrid, type ActivityRow } from './ActivityGrid';
import { ActivitySearch } from './ActivitySearch';
import { CustomActivityForm } from './CustomActivityForm';
import { copyActivities, setFeel, toggleActivity } from './entryChanges';
import type { ActivitySources } from './useActivitySources';

interface Props {
  entry: Entry;
  custom: readonly CustomActivity[];
  sources: ActivitySources;
  searchRef: Ref<HTMLInputElement>;
  shortcut: string;
  update: (change: (entry: Entry) => Entry) => void;
  /** Says what a one-click fill did, with a way to take it back. */
  onFilled: (message: string, undo: () => void) => void;
}

/**
 * The rows the day shows: what it held when it opened, then the suggestions,
 * then what was added since, in the order added. Rows never move while the
 * user works: picking a suggestion marks it where it is.
 */
function rowsOf(
  opened: readonly string[],
  chosen: readonly EntryActivity[],
  suggestions: readonly string[],
  custom: readonly CustomActivity[],
) {
  const feelOf = new Map(chosen.map((activity) => [activity.id, activity.feel]));
  const ids = [...new Set([...opened, ...suggestions, ...chosen.map((activity) => activity.id)])];
  return ids.flatMap((id): ActivityRow[] => {
    const activity = findActivity(id, custom);
    return activity ? [{ activity, feel: feelOf.get(id) }] : [];
  });
}

/** "Same as yesterday" or "Same as Fri, 14 Nov 2025": which earlier day a fill copies. */
function sameAs(date: LocalDate, source: Entry): string {
  return source.date === shiftDate(date, -1) ? 'yesterday' : formatDate(source.date, 'shortWeekdayDate');
}

const activitiesText = (count: number) => (count === 1 ? '1 activity' : `${count} activities`);

/**
 * What the day was spent on, and how each part felt: the user's recent and
 * frequent activities as rows to rate in one click, everything else behind a
 * type-to-filter search (Ctrl+K), and, on an empty day, one click to start
 * from the last day or the last good day.
 */
export function ActivityPicker({ entry, custom, sources, searchRef, shortcut, update, onFilled }: Props) {
  const [creating, setCreating] = useState<string | null>(null);
  // Mounted once the day is read, so this is what the day held when it opened.
  const [opened] = useState(() => entry.activities.map((activity) => activity.id));
  const rows = rowsOf(opened, entry.activities, sources.suggestions, custom);
  const inDay = new Set(entry.activities.map((activity) => activity.id));
  const own: Activity[] = custom.map(({ id, label, lean }) => ({ id, label, lean, hint: 'Your own activity' }));
  const addable = [...ACTIVITY_CATALOG, ...own].filter((activity) => !inDay.has(activity.id));
  const unrated = entry.activities.filter((activity) => activity.feel === null).length;
  const fills = [
    sources.lastDay && { source: sources.lastDay, label: `Same as ${sameAs(entry.date, sources.lastDay)}` },
    sources.lastGoodDay &&
      sources.lastGoodDay.date !== sources.lastDay?.date && {
        source: sources.lastGoodDay,
        label: `As my last good day (${formatDate(sources.lastGoodDay.date, 'shortWeekdayDay')})`,
      },
  ].filter((fill) => !!fill);

  const fill = (source: Entry) => {
    const before = entry.activities;
    update((current) => copyActivities(current, source.activities));
    onFilled(
      `Copied ${activitiesText(source.activities.length)} and how they felt from ${sameAs(entry.date, source)}.`,
      () => update((current) => ({ ...current, activities: before })),
    );
  };

  return (
    <section className="card activities" aria-labelledby="activities-heading">
      <div className="section-head">
        <h2 id="activities-heading">What did the day hold?</h2>
        {entry.activities.length === 0 && fills.length > 0 && (
          <div className="row activity-fills">
            {fills.map(({ source, label }) => (
              <button
                key={source.date}
                type="button"
                title={`Copies ${activitiesText(source.activities.length)} and how each felt; change any of them after`}
                onClick={() => fill(source)}
              >
                {label}
              </button>
            ))}
          </div>
        )}
      </div>
      <p className="muted">
        Click how each part felt; that adds it to the day. Click the feel again to leave it unrated, or the name to add
        or remove it.
      </p>
      {unrated > 0 && (
        <p className="activities-unrated">
          {activitiesText(unrated)} not rated yet: the trends leave {unrated === 1 ? 'it' : 'them'} out until you say
          how {unrated === 1 ? 'it' : 'they'} felt.
        </p>
      )}
      <ActivityGrid
        rows={rows}
        onToggle={(id, on) => update((current) => toggleActivity(current, id, on))}
        onFeel={(id, feel) => update((current) => setFeel(current, id, feel))}
      />
      <ActivitySearch
        ref={searchRef}
        activities={addable}
        shortcut={shortcut}
        onPick={(id) => update((current) => toggleActivity(current, id, true))}
        onCreate={setCreating}
      />
      {creating !== null && (
        <CustomActivityForm
          key={creating}
          initialLabel={creating}
          onCancel={() => setCreating(null)}
          onAdded={(activity) => {
            setCreating(null);
            update((current) => toggleActivity(current, activity.id, true));
          }}
        />
      )}
    </section>
  );
}
