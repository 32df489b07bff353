// Validation for entries: every entry that is stored, imported, restored or sent between
// processes is parsed with entrySchema. The data it checks against is in entry.ts.
import { z } from 'zod';
import { localDateSchema } from './dateSchemas';
import { DAY_KINDS, MOTIVES, STAGES, WORST_DAY_ANSWERS } from './entry';
import { highlightKindSchema } from './highlightSchemas';
import { LIMITS } from './limits';
import { hasControlChars } from './text';

export const dayKindSchema = z.enum(DAY_KINDS);
export const stageSchema = z.enum(STAGES);
export const worstDayAnswerSchema = z.enum(WORST_DAY_ANSWERS);
export const motiveSchema = z.enum(MOTIVES);
export const feelSchema = z.union([z.literal(-2), z.literal(-1), z.literal(0), z.literal(1), z.literal(2)]);

const noControlChars = (text: string) => !hasControlChars(text);
const text = (max: number) =>
  z
    .string()
    .max(max, `is longer than ${max.toLocaleString('en')} characters`)
    .refine(noControlChars, 'contains control characters');

/** The patterns of ids and tags, shared with the import's plain check of a day (markdown/dayContentCheck.ts). */
export const ACTIVITY_ID_PATTERN = /^[a-z0-9][a-z0-9-]{0,80}$/;
export const PROMPT_ID_PATTERN = /^[a-z0-9-]{1,80}$/;
export const TAG_PATTERN = /^[^\s#,]+$/u;

export const activityIdSchema = z.string().regex(ACTIVITY_ID_PATTERN, 'is not an activity id');

export const tagSchema = z
  .string()
  .min(1, 'is empty')
  .max(LIMITS.tagChars, `is longer than ${LIMITS.tagChars} characters`)
  .regex(TAG_PATTERN, 'may not contain spaces, commas or #')
  .refine(noControlChars, 'contains control characters');

export const promptAnswerSchema = z.object({
  id: z.string().regex(PROMPT_ID_PATTERN, 'is not a prompt id'),
  answer: text(LIMITS.answerChars),
});
export type PromptAnswer = z.infer<typeof promptAnswerSchema>;

/** An activity done that day; `feel` is null until the user says how it felt (unrated is not neutral). */
export const entryActivitySchema = z.object({ id: activityIdSchema, feel: feelSchema.nullable() });
export type EntryActivity = z.infer<typeof entryActivitySchema>;

function unique<T>(items: readonly T[], key: (item: T) => string): boolean {
  return new Set(items.map(key)).size === items.length;
}

/** One day's reflection: the unit that is stored, exported and analysed. */
export const entrySchema = z.object({
  date: localDateSchema,
  dayKind: dayKindSchema.nullable(),
  energy: z.number().int().min(1).max(5).nullable(),
  prompts: z
    .array(promptAnswerSchema)
    .max(12)
    .refine((items) => unique(items, (item) => item.id), 'lists a prompt twice'),
  /** How many times the user shuffled the day's prompts; part of the selection seed. */
  promptShuffle: z.number().int().min(0).max(1_000_000),
  activities: z
    .array(entryActivitySchema)
    .max(LIMITS.activitiesPerEntry, `has more than ${LIMITS.activitiesPerEntry} activities`)
    .refine((items) => unique(items, (item) => item.id), 'lists an activity twice'),
  timing: stageSchema.nullable(),
  highlight: z.object({ kind: highlightKindSchema.nullable(), text: text(LIMITS.answerChars) }),
  worstDay: z.object({
    management: worstDayAnswerSchema.nullable(),
    architecture: worstDayAnswerSchema.nullable(),
  }),
  motive: motiveSchema.nullable(),
  notes: text(LIMITS.notesChars),
  tags: z
    .array(tagSchema)
    .max(LIMITS.tagsPerEntry, `has more than ${LIMITS.tagsPerEntry} tags`)
    .refine((items) => unique(items, (item) => item), 'lists a tag twice'),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
  /** Bumped on every save, so two windows editing one day notice each other. */
  revision: z.number().int().min(1),
});
export type Entry = z.infer<typeof entrySchema>;

/**
 * Describes a zod error in one sentence a user can act on, naming the field
 * that was wrong, e.g. "tags.3 may not contain spaces, commas or #".
 */
export function describeIssues(error: z.ZodError, subject = 'The entry'): string {
  const first = error.issues[0];
  if (!first) return `${subject} is not valid.`;
  const where = first.path.length ? first.path.join('.') : subject.toLowerCase();
  const more =
    error.issues.length > 1
      ? ` (and ${error.issues.length - 1} more problem${error.issues.length > 2 ? 's' : ''})`
      : '';
  return `${subject} could not be saved: ${where} ${first.message}${more}.`;
}
