import type { PathLean } from '../activities';
import type { LocalDate } from '../dates';
import type { DayKind } from '../entry';
import type { FileProblem } from '../markdown/importPlan';

/** The journal apps Forkcast can import from. */
export const SOURCES = ['dayone', 'jrnl', 'daylio', 'rednotebook', 'obsidian'] as const;
export type SourceKind = (typeof SOURCES)[number];

export const SOURCE_NAMES: Readonly<Record<SourceKind, string>> = {
  dayone: 'Day One',
  jrnl: 'jrnl',
  daylio: 'Daylio',
  rednotebook: 'RedNotebook',
  obsidian: 'Obsidian daily notes',
};

/**
 * One entry as another app kept it, already placed on its local date: what
 * every source parser produces, before it becomes days (foreignDays.ts).
 */
export interface ForeignEntry {
  date: LocalDate;
  /** Local time of day as HH:mm, when the app kept one. */
  time: string | null;
  title: string;
  text: string;
  tags: string[];
  starred: boolean;
  /** The app's own mood word (Daylio), mapped to a day kind in the preview. */
  mood: string | null;
  /** The app's own activity names (Daylio), each becoming a custom activity. */
  activities: string[];
  /** Where it came from, for messages: "Journal.json, entry 12". */
  origin: string;
  /** When the app says it was written, as an ISO timestamp. */
  createdAt: string | null;
}

/** A source read whole: its entries, the files or rows that could not be read, and what was left out. */
export interface ForeignParse {
  source: SourceKind;
  entries: ForeignEntry[];
  problems: FileProblem[];
  warnings: { name: string; message: string }[];
}

/** Thrown when what was picked cannot be imported at all; nothing is read further. */
export class SourceError extends Error {
  override name = 'SourceError';
}

/** How moods and activities become Forkcast's day kinds and paths; the user adjusts it in the preview. */
export interface ImportMapping {
  /** By mood word, lower case; null leaves the day without a kind. */
  moods: Record<string, DayKind | null>;
  /** By activity name as the app wrote it. */
  activities: Record<string, PathLean>;
}

/** Daylio's five default moods. */
const DEFAULT_MOODS: Readonly<Record<string, DayKind>> = {
  rad: 'good',
  good: 'good',
  meh: 'mixed',
  bad: 'bad',
  awful: 'bad',
};

/** The mapping a preview starts with: the five default moods mapped, any other mood unset, every activity neutral. */
export function defaultMapping(parse: ForeignParse): ImportMapping {
  const moods: Record<string, DayKind | null> = {};
  const activities: Record<string, PathLean> = {};
  for (const entry of parse.entries) {
    if (entry.mood !== null) {
      const mood = entry.mood.toLowerCase();
      moods[mood] = DEFAULT_MOODS[mood] ?? null;
    }
    for (const activity of entry.activities) activities[activity] = 'neutral';
  }
  return { moods, activities };
}
