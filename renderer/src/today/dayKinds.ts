import type { DayKind } from '../../../shared';
import type { Choice } from '../components/ChoiceGroup';

/** Labels and marks for day kinds, shared by every view that shows one. */
export const DAY_KIND_CHOICES: readonly Choice<DayKind>[] = [
  { value: 'good', label: 'Good day', mark: '▲', className: 'kind-good' },
  { value: 'mixed', label: 'Mixed day', mark: '◆', className: 'kind-mixed' },
  { value: 'bad', label: 'Bad day', mark: '▼', className: 'kind-bad' },
];
