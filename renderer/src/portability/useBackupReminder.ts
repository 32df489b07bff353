import { useCallback, useEffect, useState } from 'react';
import { isBackupReminderDue } from '../../../shared';
import { loadReminderState, recordReminderShown } from '../data/portabilityRepository';

/**
 * Whether Today shows the backup reminder. It is decided once when Today
 * opens; showing it is recorded at once, so it appears at most once a month
 * even if the user never dismisses it.
 */
export function useBackupReminder(): { due: boolean; dismiss: () => void } {
  const [due, setDue] = useState(false);
  useEffect(() => {
    let live = true;
    void loadReminderState()
      .then(async (state) => {
        const now = new Date();
        if (!live || !isBackupReminderDue({ ...state, now })) return;
        setDue(true);
        await recordReminderShown(now);
      })
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, []);
  const dismiss = useCallback(() => setDue(false), []);
  return { due, dismiss };
}
