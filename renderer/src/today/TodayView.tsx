import { useMemo, useRef, useState } from 'react';
import {
  formatDate,
  isMotiveCheckDay,
  promptsForEntry,
  writableDateProblem,
  type Entry,
  type LocalDate,
  type WeekId,
} from '../../../shared';
import { ChoiceGroup } from '../components/ChoiceGroup';
import { UndoToastView } from '../components/UndoToastView';
import { useUndoToast, type UndoToast } from '../components/useUndoToast';
import { deleteEntry, moveEntry, restoreEntry } from '../data/entriesRepository';
import { TodayDecision } from '../decision/TodayDecision';
import { TodayRevisit } from '../decision/TodayRevisit';
import { ReminderOffer } from '../habits/ReminderOffer';
import { useCustomActivities } from '../hooks/useCustomActivities';
import { BackupReminder } from '../portability/BackupReminder';
import { ActivityPicker } from './ActivityPicker';
import { ReviewOffer } from '../review/ReviewOffer';
import { LookingBack, MissedDays } from './ComeBack';
import { DateBar } from './DateBar';
import { DayActions } from './DayActions';
import { DAY_KIND_CHOICES } from './dayKinds';
import { DaySignals } from './DaySignals';
import { addTags, removeTag, setAnswer, setText, shufflePrompts } from './entryChanges';
import { PromptAnswers } from './PromptAnswers';
import { SaveStatus } from './SaveStatus';
import { TagInput } from './TagInput';
import { useActivitySources } from './useActivitySources';
import { DAY_SHORTCUTS, useDayShortcuts } from './useDayShortcuts';
import { useEntryEditor } from './useEntryEditor';
import './today.css';

const ENERGY_CHOICES = [1, 2, 3, 4, 5].map((value) => ({ value, label: String(value), shortcut: String(value) }));

/** Ctrl+K, or ⌘K where the platform's shortcuts use Command. */
const ADD_ACTIVITY_KEYS = /Mac|iPhone|iPad/.test(navigator.platform) ? '⌘K' : 'Ctrl+K';

interface Props {
  date: LocalDate;
  today: LocalDate;
  onChangeDate: (date: LocalDate) => void;
  onOpenHelp: () => void;
  /** Opens a week's review in Reviews (a missed week, offered once). */
  onOpenReview: (week: WeekId) => void;
}

/** One day's reflection: how it went, what it held and how that felt, then as much more as the user wants. */
export function TodayView({ date, today, onChangeDate, onOpenHelp, onOpenReview }: Props) {
  const problem = writableDateProblem(date, today);
  const toast = useUndoToast();
  // A deleted day starts over as a fresh, empty editor.
  const [generation, setGeneration] = useState(0);
  return (
    <div className="today">
      <DateBar date={problem ? today : date} today={today} onChangeDate={onChangeDate} />
      <UndoToastView toast={toast} />
      {problem ? (
        <p className="card" role="alert">
          {problem} <button onClick={() => onChangeDate(today)}>Write today instead</button>
        </p>
      ) : (
        <DayEditor
          key={`${date}#${generation}`}
          date={date}
          today={today}
          toast={toast}
          onChangeDate={onChangeDate}
          onOpenHelp={onOpenHelp}
          onDeleted={() => setGeneration((n) => n + 1)}
        />
      )}
      {!problem && date === today && <ReviewOffer today={today} onOpenDay={onChangeDate} onOpenReview={onOpenReview} />}
    </div>
  );
}

interface EditorProps {
  date: LocalDate;
  today: LocalDate;
  toast: UndoToast;
  onChangeDate: (date: LocalDate) => void;
  onOpenHelp: () => void;
  onDeleted: () => void;
}

function DayEditor({ date, today, toast, onChangeDate, onOpenHelp, onDeleted }: EditorProps) {
  const editor = useEntryEditor(date);
  const { entry, saveState, update } = editor;
  const custom = useCustomActivities();
  const sources = useActivitySources(date, custom);
  const shown = useMemo(() => (entry ? promptsForEntry(entry) : []), [entry]);
  const notesRef = useRef<HTMLTextAreaElement>(null);
  const searchRef = useRef<HTMLInputElement>(null);

  useDayShortcuts(
    {
      setDayKind: (dayKind) => update((current) => ({ ...current, dayKind })),
      setEnergy: (energy) => update((current) => ({ ...current, energy })),
      focusNotes: () => notesRef.current?.focus(),
      addActivity: () => searchRef.current?.focus(),
      openHelp: onOpenHelp,
    },
    entry !== null,
  );

  if (editor.damaged) {
    return (
      <div className="card" role="alert">
        <p>
          <strong>This day could not be decrypted.</strong> It was changed or damaged outside Forkcast, so it is left
          exactly as it is and cannot be edited here. Restoring a backup made before the damage brings it back
          (Settings, Backup and restore).
        </p>
      </div>
    );
  }

  if (!entry) {
    return (
      <p className="muted" role="status">
        Loading the day…
      </p>
    );
  }

  const remove = async () => {
    const removed = (await editor.discard()) ?? entry;
    const stored = await deleteEntry(date);
    onDeleted();
    const day = formatDate(date, 'shortWeekdayDate');
    toast.show(`Deleted ${day}.`, stored ? () => restoreAndReload({ ...stored, ...contentOf(removed) }) : undefined);
  };
  const restoreAndReload = async (removed: Entry) => {
    await restoreEntry(removed);
    onDeleted();
  };
  const move = async (to: LocalDate) => {
    await editor.flush();
    if (editor.isDirty)
      throw new Error('The day’s latest changes are not saved yet, so it cannot move. Save it first.');
    await moveEntry(date, to);
    await editor.discard();
    onChangeDate(to);
    toast.show(`Moved to ${formatDate(to, 'shortWeekdayDate')}.`, async () => {
      await moveEntry(to, date);
      onChangeDate(date);
    });
  };

  return (
    <div className="day-editor">
      <div className="day-status">
        <SaveStatus
          state={saveState}
          onRetry={() => void editor.flush()}
          onKeepMine={() => void editor.keepMine()}
          onTakeTheirs={editor.takeTheirs}
        />
        {editor.stored && <DayActions date={date} today={today} onMove={move} onDelete={remove} />}
      </div>
      <BackupReminder />
      {date === today && <MissedDays today={today} onOpenDay={onChangeDate} />}
      {date === today && <TodayDecision today={today} />}
      {date === today && <TodayRevisit today={today} />}
      <section className="card day-kind" aria-label="How the day went">
        <ChoiceGroup
          legend="How was the day?"
          hint="keys G, M, B"
          choices={DAY_KIND_CHOICES}
          value={entry.dayKind}
          clearLabel="Clear the day kind"
          onChange={(dayKind) => update((current) => ({ ...current, dayKind }))}
        />
        <ChoiceGroup
          legend="Energy at the end of it (1 low, 5 high)"
          hint="keys 1–5"
          choices={ENERGY_CHOICES}
          value={entry.energy}
          clearLabel="Clear the energy"
          onChange={(energy) => update((current) => ({ ...current, energy }))}
        />
      </section>
      <ActivityPicker
        entry={entry}
        custom={custom}
        sources={sources}
        searchRef={searchRef}
        shortcut={ADD_ACTIVITY_KEYS}
        update={update}
        onFilled={toast.show}
      />
      <section className="card notes" aria-labelledby="notes-heading">
        <h2 id="notes-heading">
          <label htmlFor="notes">Notes</label>{' '}
          <kbd className="shortcut" aria-hidden="true">
            {DAY_SHORTCUTS.notes}
          </kbd>
        </h2>
        <p className="muted">Anything else, in plain text or markdown.</p>
        <textarea
          id="notes"
          ref={notesRef}
          rows={6}
          aria-keyshortcuts={DAY_SHORTCUTS.notes}
          value={entry.notes}
          onChange={(event) => {
            const text = event.target.value;
            update((current) => setText(current, 'notes', text));
          }}
        />
        <TagInput
          tags={entry.tags}
          onAdd={(raw) => {
            const result = addTags(entry, raw);
            if (!result.problem) update((current) => addTags(current, raw).entry);
            return result.problem;
          }}
          onRemove={(tag) => update((current) => removeTag(current, tag))}
        />
      </section>
      <PromptAnswers
        prompts={shown}
        onAnswer={(id, answer) => update((current) => setAnswer(current, promptsForEntry(current), id, answer))}
        onShuffle={() => update(shufflePrompts)}
      />
      <DaySignals entry={entry} showMotive={isMotiveCheckDay(date) || entry.motive !== null} onChange={update} />
      {date === today && <ReminderOffer today={today} />}
      {date === today && <LookingBack today={today} onOpenDay={onChangeDate} />}
    </div>
  );
}

/** What a day says, without when or how often it was saved. */
function contentOf(entry: Entry): Omit<Entry, 'createdAt' | 'updatedAt' | 'revision'> {
  const { createdAt: _created, updatedAt: _updated, revision: _revision, ...content } = entry;
  return content;
}
