import { useState } from 'react';
import { EARLIEST_DATE, formatDate, shiftDate, writableDateProblem, type LocalDate } from '../../../shared';

interface Props {
  date: LocalDate;
  today: LocalDate;
  onChangeDate: (date: LocalDate) => void;
}

/** The day being written, with previous/next and a picker; future days are out of reach. */
export function DateBar({ date, today, onChangeDate }: Props) {
  const [problem, setProblem] = useState<string | null>(null);
  const go = (next: string) => {
    const reason = writableDateProblem(next, today);
    setProblem(reason);
    if (!reason) onChangeDate(next);
  };
  return (
    <div className="date-bar">
      <h1 className="date-title">
        {formatDate(date, 'weekdayDate')}
        {date === today && <span className="badge">Today</span>}
      </h1>
      <div className="row">
        <button type="button" onClick={() => go(shiftDate(date, -1))} aria-label="Previous day">
          ← Previous
        </button>
        <button type="button" onClick={() => go(shiftDate(date, 1))} disabled={date >= today} aria-label="Next day">
          Next →
        </button>
        <label className="row date-picker">
          <span>Go to date</span>
          <input
            type="date"
            value={date}
            min={EARLIEST_DATE}
            max={today}
            onChange={(event) => {
              // A half-typed date reads as empty; wait for a whole one.
              if (event.target.value) go(event.target.value);
            }}
          />
        </label>
        {date !== today && (
          <button type="button" onClick={() => go(today)}>
            Back to today
          </button>
        )}
      </div>
      {problem && (
        <p className="error-text" role="alert">
          {problem}
        </p>
      )}
    </div>
  );
}
