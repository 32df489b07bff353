import { addMonths } from 'date-fns';
import { z } from 'zod';
import { fromLocalDate, toLocalDate, type LocalDate } from './dates';
import { localDateSchema } from './dateSchemas';
import { PATHS } from './entry';
import { experimentListSchema } from './experimentSchemas';
import { LIMITS } from './limits';

/** When Today asks "Was it right?": this many months after the decision. */
export const REVISIT_MONTHS = [3, 6] as const;
export type RevisitMonths = (typeof REVISIT_MONTHS)[number];
export const REVISIT_ANSWERS = ['yes', 'unsure', 'no'] as const;
export type RevisitAnswer = (typeof REVISIT_ANSWERS)[number];

/** The brief as it stood the day the decision was recorded is kept whole; a full brief is a few kilobytes. */
export const BRIEF_SNAPSHOT_CHARS = 200_000;

export const revisitSchema = z.object({
  months: z.union(REVISIT_MONTHS.map((months) => z.literal(months))),
  answer: z.enum(REVISIT_ANSWERS),
  answeredOn: localDateSchema,
});
export type Revisit = z.infer<typeof revisitSchema>;

/**
 * The decision once made: which path, why, what would make the user think
 * again, and the brief (its markdown) as it stood that day, kept as it was
 * and never recomputed. `revisits` are the answers to "Was it right?".
 */
export const decisionRecordSchema = z.object({
  decidedOn: localDateSchema,
  choice: z.enum(PATHS),
  reasons: z.string().max(LIMITS.answerChars),
  reconsider: z.string().max(LIMITS.answerChars),
  brief: z.string().max(BRIEF_SNAPSHOT_CHARS),
  revisits: z
    .array(revisitSchema)
    .max(REVISIT_MONTHS.length)
    .refine((items) => new Set(items.map((item) => item.months)).size === items.length, 'answer a revisit twice'),
});
export type DecisionRecord = z.infer<typeof decisionRecordSchema>;

/**
 * The decision the journal is for: when the promotion conversation is, and
 * the decision once recorded, and the experiments planned before it. One record per journal, stored (and sealed
 * under the lock) like the days, and carried by the backup and the markdown
 * export. `updatedAt` tells an import whether the journal's plan changed
 * since a file was written.
 */
export const decisionPlanSchema = z.object({
  /** The day of the conversation, or null once the user clears it. */
  decisionDate: localDateSchema.nullable(),
  /** The decision, once recorded. */
  record: decisionRecordSchema.nullable().default(null),
  /** The periods set aside to try more of one kind of work (experimentSchemas.ts), in start order; since schema v6. */
  experiments: experimentListSchema.default([]),
  updatedAt: z.iso.datetime(),
});
export type DecisionPlan = z.output<typeof decisionPlanSchema>;

/** The plan's key in its store: a journal has one. */
export const DECISION_PLAN_ID = 'decision';

/** The day Today asks about a revisit: `months` after the decision (the 31st goes to a shorter month's last day). */
export function revisitDate(decidedOn: LocalDate, months: RevisitMonths): LocalDate {
  return toLocalDate(addMonths(fromLocalDate(decidedOn), months));
}

/** The revisit Today should ask about now: the latest one due and not answered, or null. */
export function dueRevisit(record: DecisionRecord, today: LocalDate): RevisitMonths | null {
  const due = REVISIT_MONTHS.filter(
    (months) => revisitDate(record.decidedOn, months) <= today && !record.revisits.some((r) => r.months === months),
  );
  // Once six months have passed, the three-month question is overtaken by the six-month one.
  const latest = due.at(-1) ?? null;
  const answeredLater = record.revisits.some((r) => latest !== null && r.months > latest);
  return answeredLater ? null : latest;
}
