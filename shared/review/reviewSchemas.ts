// Validation for the weekly review: every review that is stored, imported or restored is parsed
// with reviewSchema.
import { z } from 'zod';
import { LIMITS } from '../limits';
import { hasControlChars } from '../text';
import { isWeekId } from './weeks';

export const weekIdSchema = z.string().max(8).refine(isWeekId, 'is not a week written like 2026-W49');

export const reviewQuestionIdSchema = z.string().regex(/^[a-z0-9-]{1,80}$/, 'is not a question id');

/**
 * The user's answer to one week's review question. The week's figures are
 * not stored: they are worked out again from the days whenever the review is
 * shown, so a day written or changed later is never contradicted by a stale copy.
 */
export const reviewSchema = z.object({
  week: weekIdSchema,
  /** The question the user answered (reviewQuestions.ts). */
  question: reviewQuestionIdSchema,
  answer: z
    .string()
    .max(LIMITS.answerChars, `is longer than ${LIMITS.answerChars.toLocaleString('en')} characters`)
    .refine((text) => !hasControlChars(text), 'contains control characters'),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
  /** Bumped on every save, so two windows editing one review notice each other. */
  revision: z.number().int().min(1),
});
export type Review = z.infer<typeof reviewSchema>;
