import { useSyncExternalStore } from 'react';
import type { LocalDate } from '../../../shared';
import { DayButtons } from '../components/DayButtons';
import { damagedRows, onDamagedChange } from '../data/damagedRows';

interface Props {
  onOpenDay: (date: LocalDate) => void;
}

/**
 * Names the stored rows that did not decrypt, as the reads come across them:
 * a damaged day is never trusted or saved over, and the user should know it
 * is there rather than find it missing.
 */
export function DamagedRows({ onOpenDay }: Props) {
  const damaged = useSyncExternalStore(onDamagedChange, damagedRows);
  if (damaged.length === 0) return null;
  const days = damaged.filter((row) => row.kind === 'entry').map((row) => row.id);
  const count = (kind: (typeof damaged)[number]['kind']) => damaged.filter((row) => row.kind === kind).length;
  const activities = count('activity');
  const reviews = count('review');
  const parts = [
    ...(days.length > 0 ? [days.length === 1 ? 'a day' : `${days.length} days`] : []),
    ...(activities > 0
      ? [activities === 1 ? 'one of your own activities' : `${activities} of your own activities`]
      : []),
    ...(reviews > 0 ? [reviews === 1 ? 'a weekly review' : `${reviews} weekly reviews`] : []),
    ...(count('decision') > 0 ? ['your decision (its date and record)'] : []),
  ];
  const named = parts.length > 1 ? `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}` : parts.join('');
  return (
    <div className="damaged-rows" role="alert">
      <p>
        <strong>Forkcast could not decrypt {named}.</strong> They were changed or damaged outside Forkcast, so they are
        left exactly as they are, and the rest of the journal opens. A backup made before the damage can bring them back
        (Settings, Backup and restore).
      </p>
      {days.length > 0 && <DayButtons dates={days} onOpenDay={onOpenDay} />}
    </div>
  );
}
