import type { Feel, PathLean } from '../../../shared';

/** How an activity felt, worst to best as the chips read left to right; `tone` colours the chosen chip. */
export const FEEL_CHOICES: readonly { value: Feel; label: string; tone: 'low' | 'even' | 'high' }[] = [
  { value: -2, label: 'Drained', tone: 'low' },
  { value: -1, label: 'Tiring', tone: 'low' },
  { value: 0, label: 'Neutral', tone: 'even' },
  { value: 1, label: 'Good', tone: 'high' },
  { value: 2, label: 'Energised', tone: 'high' },
];

/** Which path an activity counts toward, as a short tag beside its name. */
export const LEAN_TAGS: Record<PathLean, string> = {
  management: 'people',
  architecture: 'system',
  neutral: 'either path',
};

/** The same, said in full where there is room (the add-activity list, Settings). */
export const LEAN_NAMES: Record<PathLean, string> = {
  management: 'People work: leans to engineering management',
  architecture: 'System work: leans to architecture',
  neutral: 'Either path: both roles do this',
};
