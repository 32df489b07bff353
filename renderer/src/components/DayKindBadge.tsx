import type { DayKind } from '../../../shared';
import { DAY_KIND_LETTER, dayKindName } from './dayKindText';

/** A day kind as a coloured letter, read out as its name. Nothing when unset. */
export function DayKindBadge({ kind }: { kind: DayKind | null }) {
  if (!kind) return <span className="kind-badge kind-badge-empty" aria-hidden="true" />;
  return (
    <span className={`kind-badge kind-${kind}`}>
      <span aria-hidden="true">{DAY_KIND_LETTER[kind]}</span>
      <span className="visually-hidden">{dayKindName(kind)}</span>
    </span>
  );
}
