import { useEffect, useState } from 'react';
import type { LocalDate } from '../../../shared';
import { recoverDrafts } from './openDrafts';

/**
 * Once the journal is open, saves the drafts a closed page left behind, and
 * looks again whenever the user moves to another day. Answers the days whose
 * draft clashes with a newer save (opening such a day shows the choice), so
 * the list shrinks as the user settles them.
 */
export function useDraftRecovery(ready: boolean, openDate: LocalDate | null): LocalDate[] {
  const [clashes, setClashes] = useState<LocalDate[]>([]);
  useEffect(() => {
    if (!ready) return;
    let live = true;
    void recoverDrafts().then((dates) => live && setClashes(dates));
    return () => {
      live = false;
    };
  }, [ready, openDate]);
  return openDate === null ? clashes : clashes.filter((date) => date !== openDate);
}
