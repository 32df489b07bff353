import { useState } from 'react';
import { dayOfWeek, formatDate, ISO_WEEKDAYS } from '../../../shared';
import { useReviewWeekday } from './useReviewWeekday';

// Any week will do to name the weekdays in the system's language.
const WEEKDAY_NAMES = ISO_WEEKDAYS.map((day) => ({ day, name: formatDate(dayOfWeek('2026-W01', day), 'weekday') }));

/** The weekday from which Today offers the week's review. */
export function ReviewDaySetting() {
  const [weekday, setWeekday] = useReviewWeekday();
  const [problem, setProblem] = useState<string | null>(null);
  const change = (value: string) => {
    const day = ISO_WEEKDAYS.find((candidate) => String(candidate) === value);
    if (day === undefined) return;
    setWeekday(day).then(
      () => setProblem(null),
      (error: unknown) => setProblem(`The review day could not be saved (${String(error)}). Nothing was changed.`),
    );
  };
  return (
    <>
      <div className="row habit-row">
        <label htmlFor="review-weekday">Offer the weekly review on Today from</label>
        <select
          id="review-weekday"
          value={weekday ?? ''}
          disabled={weekday === undefined}
          onChange={(event) => change(event.target.value)}
        >
          {WEEKDAY_NAMES.map(({ day, name }) => (
            <option key={day} value={day}>
              {name}
            </option>
          ))}
        </select>
      </div>
      <p className="muted">Until the week ends. Past weeks can be reviewed any time under Reviews.</p>
      {problem && (
        <p className="habit-problem" role="alert">
          {problem}
        </p>
      )}
    </>
  );
}
