import { isLocalDate } from '../dates';
import { DAY_KINDS, MOTIVES, STAGES, WORST_DAY_ANSWERS } from '../entry';
import { ACTIVITY_ID_PATTERN, PROMPT_ID_PATTERN, TAG_PATTERN } from '../entrySchemas';
import { HIGHLIGHT_KINDS } from '../highlights';
import { LIMITS } from '../limits';
import { hasControlChars } from '../text';
import type { DayContent } from './dayFile';

/**
 * dayContentSchema's rules as plain checks, for the import's common case: a
 * day in Forkcast's own form. Through zod, 10,000 days cost a third of the
 * import's parsing, most of it building result objects that only copy the
 * input. This only says yes or no, so a day it refuses goes to zod, which
 * decides and words the reason; it must never say yes where zod says no.
 * tests/shared/markdown/dayContentCheck.test.ts compares the two on days
 * generated at the edge of every rule. Takes a candidate built with exactly
 * DayContent's fields (zod would drop any others; this keeps them).
 */
export function isDayContent(value: unknown): value is DayContent {
  if (!isRecord(value)) return false;
  const { highlight, worstDay } = value;
  return (
    typeof value.date === 'string' &&
    isLocalDate(value.date) &&
    orNull(value.dayKind, isDayKind) &&
    orNull(value.energy, (energy) => isWhole(energy, 1, 5)) &&
    isList<{ id: string }>(value.prompts, 12, isPromptAnswer, (prompt) => prompt.id) &&
    isWhole(value.promptShuffle, 0, 1_000_000) &&
    isList<{ id: string }>(value.activities, LIMITS.activitiesPerEntry, isActivity, (activity) => activity.id) &&
    orNull(value.timing, isStage) &&
    isRecord(highlight) &&
    orNull(highlight.kind, isHighlightKind) &&
    isText(highlight.text, LIMITS.answerChars) &&
    isRecord(worstDay) &&
    orNull(worstDay.management, isWorstDayAnswer) &&
    orNull(worstDay.architecture, isWorstDayAnswer) &&
    orNull(value.motive, isMotive) &&
    isText(value.notes, LIMITS.notesChars) &&
    isList<string>(value.tags, LIMITS.tagsPerEntry, isTag, (tag) => tag)
  );
}

type Check = (value: unknown) => boolean;

/** As zod's objects take them: anything but null and arrays whose type is object. */
const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const orNull = (value: unknown, check: Check) => value === null || check(value);

const oneOf = (values: readonly unknown[]): Check => {
  const set = new Set(values);
  return (value) => set.has(value);
};
const isDayKind = oneOf(DAY_KINDS);
const isStage = oneOf(STAGES);
const isWorstDayAnswer = oneOf(WORST_DAY_ANSWERS);
const isMotive = oneOf(MOTIVES);
const isHighlightKind = oneOf(HIGHLIGHT_KINDS.map((kind) => kind.id));
/** feelSchema's literals; a Set finds -0 as 0, as zod's literal check does. */
const isFeel = oneOf([-2, -1, 0, 1, 2]);

/** z.number().int().min(min).max(max): finite, whole and within. */
const isWhole = (value: unknown, min: number, max: number) =>
  typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max;

const isText = (value: unknown, max: number) =>
  typeof value === 'string' && value.length <= max && !hasControlChars(value);

const isPromptAnswer = (value: unknown) =>
  isRecord(value) &&
  typeof value.id === 'string' &&
  PROMPT_ID_PATTERN.test(value.id) &&
  isText(value.answer, LIMITS.answerChars);

const isActivity = (value: unknown) =>
  isRecord(value) && typeof value.id === 'string' && ACTIVITY_ID_PATTERN.test(value.id) && orNull(value.feel, isFeel);

const isTag = (value: unknown) =>
  typeof value === 'string' &&
  value.length >= 1 &&
  value.length <= LIMITS.tagChars &&
  TAG_PATTERN.test(value) &&
  !hasControlChars(value);

/** An array of at most `max` items that each pass `check` (a hole is undefined, as zod reads it), no two with the same key. */
function isList<T>(value: unknown, max: number, check: Check, key: (item: T) => string): boolean {
  if (!Array.isArray(value) || value.length > max) return false;
  for (let index = 0; index < value.length; index += 1) if (!check(value[index])) return false;
  return hasUniqueKeys(value as T[], key);
}

/**
 * No two items with the same key. The lists are short (a dozen prompts, a
 * few activities and tags), so pairs are compared instead of building a Set
 * and an array of keys for each list of each day of an import.
 */
function hasUniqueKeys<T>(items: readonly T[], key: (item: T) => string): boolean {
  if (items.length > 32) return new Set(items.map(key)).size === items.length;
  for (let index = 1; index < items.length; index += 1) {
    const itemKey = key(items[index] as T);
    for (let before = 0; before < index; before += 1) if (key(items[before] as T) === itemKey) return false;
  }
  return true;
}
