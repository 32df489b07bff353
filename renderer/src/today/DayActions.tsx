import { useState } from 'react';
import { EARLIEST_DATE, formatDate, writableDateProblem, type LocalDate } from '../../../shared';
import { ConfirmDialog } from '../components/ConfirmDialog';

interface Props {
  date: LocalDate;
  today: LocalDate;
  onMove: (to: LocalDate) => Promise<void>;
  onDelete: () => Promise<void>;
}

type Asking = { kind: 'move'; to: string; problem: string | null } | { kind: 'delete'; problem: string | null } | null;

const reason = (error: unknown) => (error instanceof Error ? error.message : 'Something went wrong.');

/** Moving a day written under the wrong date, and deleting a day; each asks first. */
export function DayActions({ date, today, onMove, onDelete }: Props) {
  const [asking, setAsking] = useState<Asking>(null);
  const day = formatDate(date, 'weekdayDate');
  const moveProblem =
    asking?.kind === 'move' && asking.to
      ? asking.to === date
        ? 'That is the day it is on already.'
        : writableDateProblem(asking.to, today)
      : null;

  return (
    <div className="row day-actions">
      <button type="button" onClick={() => setAsking({ kind: 'move', to: '', problem: null })}>
        Move to another date…
      </button>
      <button type="button" onClick={() => setAsking({ kind: 'delete', problem: null })}>
        Delete this day…
      </button>
      {asking?.kind === 'move' && (
        <ConfirmDialog
          title={`Move ${day}`}
          confirmLabel="Move the day"
          canConfirm={asking.to !== '' && moveProblem === null}
          onCancel={() => setAsking(null)}
          onConfirm={() =>
            void onMove(asking.to).then(
              () => setAsking(null),
              (error: unknown) => setAsking({ ...asking, problem: reason(error) }),
            )
          }
        >
          <p>Everything written for this day goes to the date you pick. That date must have nothing written yet.</p>
          <label className="stacked">
            <span>New date</span>
            <input
              type="date"
              min={EARLIEST_DATE}
              max={today}
              value={asking.to}
              onChange={(event) => setAsking({ kind: 'move', to: event.target.value, problem: null })}
            />
          </label>
          {(moveProblem ?? asking.problem) && (
            <p className="error-text" role="alert">
              {moveProblem ?? asking.problem}
            </p>
          )}
        </ConfirmDialog>
      )}
      {asking?.kind === 'delete' && (
        <ConfirmDialog
          title={`Delete ${day}?`}
          confirmLabel="Delete this day"
          danger
          onCancel={() => setAsking(null)}
          onConfirm={() =>
            void onDelete().then(
              () => setAsking(null),
              (error: unknown) => setAsking({ kind: 'delete', problem: reason(error) }),
            )
          }
        >
          <p>
            Everything written for this day goes: its answers, activities, notes and tags. You can undo it for a few
            seconds.
          </p>
          {asking.problem && (
            <p className="error-text" role="alert">
              {asking.problem}
            </p>
          )}
        </ConfirmDialog>
      )}
    </div>
  );
}
