import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { shiftDate, type LocalDate } from '../../../shared';
import { bridge } from '../bridge/bridge';
import { readFirstWrittenDate } from '../data/lookBackQueries';
import { useHabits } from './useHabits';

export const REMINDER_OFFERED_KEY = 'forkcast.reminderOffered';

function offeredBefore(): boolean {
  try {
    return localStorage.getItem(REMINDER_OFFERED_KEY) !== null;
  } catch {
    return false;
  }
}

/**
 * The daily reminder, offered once in the journal's first week (it is off
 * until the user turns it on): yes turns it on at the time Settings shows,
 * no is remembered. Not offered where no notification could appear.
 */
export function ReminderOffer({ today }: { today: LocalDate }) {
  const first = useLiveQuery(readFirstWrittenDate, []);
  const { state, problem, busy, change } = useHabits();
  const [answered, setAnswered] = useState<'no' | 'yes' | null>(() => (offeredBefore() ? 'no' : null));

  const firstWeek = first !== undefined && first !== null && first >= shiftDate(today, -6);
  const canRemind = state !== undefined && state.notifications !== 'unsupported' && state.notifications !== 'denied';
  if (answered === 'no' || (answered === null && (!firstWeek || !canRemind || state.settings.reminder.enabled))) {
    return null;
  }
  const time = state?.settings.reminder.time ?? '';

  const answer = (value: 'yes' | 'no') => {
    try {
      localStorage.setItem(REMINDER_OFFERED_KEY, new Date().toISOString());
    } catch {
      // Without storage the offer may come back next time; nothing else depends on it.
    }
    setAnswered(value);
  };
  const accept = async () => {
    if (await change(() => bridge.setReminder({ enabled: true, time }))) answer('yes');
  };

  return (
    <section className="card reminder-offer" aria-label="A daily reminder">
      {answered === 'yes' ? (
        <p role="status">Done: a reminder at {time} on days not yet written. Change or stop it in Settings.</p>
      ) : (
        <>
          <p>Would a nudge help? Forkcast can remind you at {time} on days you have not written yet.</p>
          <div className="missed-days-actions">
            <button type="button" disabled={busy} onClick={() => void accept()}>
              Remind me at {time}
            </button>
            <button type="button" className="link-button" onClick={() => answer('no')}>
              No, thanks
            </button>
          </div>
          {problem && <p role="alert">{problem}</p>}
        </>
      )}
    </section>
  );
}
