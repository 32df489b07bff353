import { useMemo } from 'react';
import { isMotiveCheckDay, promptsForEntry, writableDateProblem, type LocalDate } from '../../../shared';
import { ChoiceGroup } from '../components/ChoiceGroup';
import { useCustomActivities } from '../hooks/useCustomActivities';
import { BackupReminder } from '../portability/BackupReminder';
import { ActivityPicker } from './ActivityPicker';
import { DateBar } from './DateBar';
import { DAY_KIND_CHOICES } from './dayKinds';
import { DaySignals } from './DaySignals';
import { addTags, removeTag, setAnswer, setFeel, setText, shufflePrompts, toggleActivity } from './entryChanges';
import { PromptAnswers } from './PromptAnswers';
import { SaveStatus } from './SaveStatus';
import { TagInput } from './TagInput';
import { useEntryEditor } from './useEntryEditor';
import './today.css';

const ENERGY_CHOICES = [1, 2, 3, 4, 5].map((value) => ({ value, label: String(value) }));

interface Props {
  date: LocalDate;
  today: LocalDate;
  onChangeDate: (date: LocalDate) => void;
}

/** One day's reflection: pick the day's kind, answer the prompts, note what it held. */
export function TodayView({ date, today, onChangeDate }: Props) {
  const problem = writableDateProblem(date, today);
  return (
    <div className="today">
      <DateBar date={problem ? today : date} today={today} onChangeDate={onChangeDate} />
      {problem ? (
        <p className="card" role="alert">
          {problem} <button onClick={() => onChangeDate(today)}>Write today instead</button>
        </p>
      ) : (
        <DayEditor key={date} date={date} />
      )}
    </div>
  );
}

function DayEditor({ date }: { date: LocalDate }) {
  const { entry, saveState, update, flush, keepMine, takeTheirs } = useEntryEditor(date);
  const custom = useCustomActivities();
  const shown = useMemo(() => (entry ? promptsForEntry(entry) : []), [entry]);

  if (!entry) {
    return (
      <p className="muted" role="status">
        Loading the day…
      </p>
    );
  }

  return (
    <div className="day-editor">
      <SaveStatus
        state={saveState}
        onRetry={() => void flush()}
        onKeepMine={() => void keepMine()}
        onTakeTheirs={takeTheirs}
      />
      <BackupReminder />
      <section className="card day-kind" aria-label="How the day went">
        <ChoiceGroup
          legend="How was the day?"
          choices={DAY_KIND_CHOICES}
          value={entry.dayKind}
          onChange={(dayKind) => update((current) => ({ ...current, dayKind }))}
        />
        <ChoiceGroup
          legend="Energy at the end of it (1 low, 5 high)"
          choices={ENERGY_CHOICES}
          value={entry.energy}
          onChange={(energy) => update((current) => ({ ...current, energy }))}
        />
      </section>
      <PromptAnswers
        prompts={shown}
        onAnswer={(id, answer) => update((current) => setAnswer(current, promptsForEntry(current), id, answer))}
        onShuffle={() => update(shufflePrompts)}
      />
      <ActivityPicker
        chosen={entry.activities}
        custom={custom}
        onToggle={(id, on) => update((current) => toggleActivity(current, id, on))}
        onFeel={(id, feel) => update((current) => setFeel(current, id, feel))}
        onAdded={(activity) => update((current) => toggleActivity(current, activity.id, true))}
      />
      <DaySignals entry={entry} showMotive={isMotiveCheckDay(date) || entry.motive !== null} onChange={update} />
      <section className="card notes" aria-label="Notes and tags">
        <h2>
          <label htmlFor="notes">Notes</label>
        </h2>
        <p className="muted">Anything else, in plain text or markdown.</p>
        <textarea
          id="notes"
          rows={8}
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
    </div>
  );
}
