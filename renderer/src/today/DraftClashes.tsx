import type { LocalDate } from '../../../shared';
import { DayButtons } from '../components/DayButtons';

interface Props {
  dates: readonly LocalDate[];
  onOpenDay: (date: LocalDate) => void;
}

/** Days whose unsaved draft clashes with a newer save; each opens to choose which version stays. */
export function DraftClashes({ dates, onOpenDay }: Props) {
  if (dates.length === 0) return null;
  return (
    <div className="draft-clashes" role="alert">
      <p>
        <strong>Unsaved changes are waiting.</strong> Forkcast closed before they were saved, and these days were
        changed elsewhere since. Open each to choose which version stays.
      </p>
      <DayButtons dates={dates} onOpenDay={onOpenDay} />
    </div>
  );
}
