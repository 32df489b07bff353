// The parts of an entry as data (day kinds, stages, answers) and helpers on entries, free of
// zod; entrySchemas.ts holds the schema every stored, imported or sent entry is parsed with.
import type { LocalDate } from './dates';
import type { Entry } from './entrySchemas';

export type { Entry, EntryActivity, PromptAnswer } from './entrySchemas';

export const DAY_KINDS = ['good', 'mixed', 'bad'] as const;
export type DayKind = (typeof DAY_KINDS)[number];

/** When the user joined the day's main conversation. */
export const STAGES = ['framing', 'shaping', 'executing'] as const;
export type Stage = (typeof STAGES)[number];

export const PATHS = ['management', 'architecture'] as const;
export type Path = (typeof PATHS)[number];

/** The role each path leads to, as the worst-hour test names it. */
export const ROLE_NAMES: Readonly<Record<Path, string>> = {
  management: 'Engineering manager',
  architecture: 'Architect',
};

/** Answer to "would I still take this role if most days were like today's worst hour?" */
export const WORST_DAY_ANSWERS = ['yes', 'no', 'unsure'] as const;
export type WorstDayAnswer = (typeof WORST_DAY_ANSWERS)[number];

/** Why a role attracts: the leverage it gives, its title and headcount, or both. */
export const MOTIVES = ['leverage', 'status', 'both'] as const;
export type Motive = (typeof MOTIVES)[number];

/** How an activity felt, from -2 (drained) to +2 (energised). An activity's feel is null while it is unrated. */
export const FEELS = [-2, -1, 0, 1, 2] as const;
export type Feel = (typeof FEELS)[number];

/** A fresh, empty entry for `date`. */
export function emptyEntry(date: LocalDate, now: Date): Entry {
  const stamp = now.toISOString();
  return {
    date,
    dayKind: null,
    energy: null,
    prompts: [],
    promptShuffle: 0,
    activities: [],
    timing: null,
    highlight: { kind: null, text: '' },
    worstDay: { management: null, architecture: null },
    motive: null,
    notes: '',
    tags: [],
    createdAt: stamp,
    updatedAt: stamp,
    revision: 1,
  };
}

/** True when the user has written or chosen nothing yet. */
export function isBlankEntry(entry: Entry): boolean {
  return (
    entry.dayKind === null &&
    entry.energy === null &&
    entry.prompts.every((prompt) => prompt.answer.trim() === '') &&
    entry.activities.length === 0 &&
    entry.timing === null &&
    entry.highlight.kind === null &&
    entry.highlight.text.trim() === '' &&
    entry.worstDay.management === null &&
    entry.worstDay.architecture === null &&
    entry.motive === null &&
    entry.notes.trim() === '' &&
    entry.tags.length === 0
  );
}
