import { DAY_KINDS, type DayKind } from '../../../shared';
import type { Choice } from '../components/ChoiceGroup';
import { DAY_KIND_LETTER } from '../components/dayKindText';

const LABELS: Record<DayKind, string> = { good: 'Good day', mixed: 'Mixed day', bad: 'Bad day' };

/** The day-kind choices; their keys (G, M, B) are the letters the calendar and lists mark them with. */
export const DAY_KIND_CHOICES: readonly Choice<DayKind>[] = DAY_KINDS.map((kind) => ({
  value: kind,
  label: LABELS[kind],
  shortcut: DAY_KIND_LETTER[kind],
  className: `kind-${kind}`,
}));
