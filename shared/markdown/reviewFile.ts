import { z } from 'zod';
import type { PickedFile } from '../bridge';
import { findReviewQuestion } from '../review/reviewQuestions';
import { reviewSchema, type Review } from '../review/reviewSchemas';
import { isWeekId, weekDates, type WeekId } from '../review/weeks';
import { lf, readFrontMatterBlock, type FrontMatterBlock } from './dayFileParts';
import { weekInFileName } from './paths';
import { writeYamlSubset } from './yamlSubset';

/**
 * A weekly review as a markdown file, `YYYY/YYYY-Www-review.md` beside the
 * days of its year: the week, the question and the bookkeeping in the front
 * matter, the question as a heading and the answer below it, verbatim.
 */

/** The relative path of a week's review file. Throws for anything but a real week, so no text steers it. */
export function reviewFilePath(week: WeekId): string {
  if (!isWeekId(week)) throw new Error(`Refusing to build a file name from ${JSON.stringify(week)}.`);
  return `${week.slice(0, 4)}/${week}-review.md`;
}

/** A question the catalog no longer holds is still shown, by its id. */
function questionText(id: string): string {
  return findReviewQuestion(id)?.text ?? `The question “${id}”`;
}

/** The whole markdown file for one review. */
export function renderReviewFile(review: Review): string {
  const { from, to } = weekDates(review.week);
  const front = writeYamlSubset({
    week: review.week,
    question: review.question,
    created: review.createdAt,
    updated: review.updatedAt,
    revision: review.revision,
  });
  // The answer follows its heading after one blank line and ends with one line break: read back exactly.
  return `---\n${front}---\n\n# Weekly review ${review.week} (${from} to ${to})\n\n## ${questionText(review.question)}\n\n${lf(review.answer)}\n`;
}

export type ReviewFileResult =
  | { status: 'review'; name: string; review: Review; warnings: string[] }
  | { status: 'failed'; name: string; reason: string };

const frontSchema = z.object({
  week: z.string().optional(),
  question: z.string(),
  created: z.iso.datetime().optional(),
  updated: z.iso.datetime().optional(),
  revision: z.number().int().min(1).optional(),
});

const KNOWN_KEYS = new Set(Object.keys(frontSchema.shape));

/**
 * Reads one review file, tolerating hand edits (a BOM, Windows line endings,
 * missing bookkeeping, unknown fields). A failure names what was wrong, in
 * words that finish the sentence "<file name> …". `now` stands in for
 * missing save times.
 */
export function parseReviewFile(file: PickedFile, now: Date): ReviewFileResult {
  return checkReviewFile(file.name, readFrontMatterBlock(file.text), now);
}

/** The second half of parseReviewFile: checks the file named `name`, whose front matter is read (dayFileParts.ts). */
export function checkReviewFile(name: string, front: FrontMatterBlock, now: Date): ReviewFileResult {
  const failed = (reason: string): ReviewFileResult => ({ status: 'failed', name, reason });
  const claimed = weekInFileName(name);
  if (claimed === null || !isWeekId(claimed))
    return failed('is not named after a week that exists (YYYY-Www-review.md)');
  if (!front.ok) return failed(front.reason);
  const fields = frontSchema.safeParse(front.raw);
  if (!fields.success) {
    const issue = fields.error.issues[0];
    return failed(`has ${issue?.path.join('.') || 'a front matter field'} that ${issue?.message ?? 'is not valid'}`);
  }
  const { week = claimed, question, created, updated, revision } = fields.data;
  if (week !== claimed) return failed(`is named after ${claimed} but its week is ${week}`);

  // The answer is everything after the first second-level heading (the question) and its blank line.
  const body = front.lines.slice(front.close + 1);
  const heading = body.findIndex((line) => line.startsWith('## '));
  if (heading < 0) return failed('has no “## ” heading with the question above the answer');
  const rest = body.slice(heading + 1).join('\n');
  const answer = (rest.startsWith('\n') ? rest.slice(1) : rest).replace(/\n$/, '');

  const stamp = now.toISOString();
  const parsed = reviewSchema.safeParse({
    week,
    question,
    answer,
    createdAt: created ?? stamp,
    updatedAt: updated ?? created ?? stamp,
    revision: revision ?? 1,
  });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return failed(
      `has ${issue?.path.join('.') === 'answer' ? 'an answer' : (issue?.path.join('.') ?? 'a field')} that ${issue?.message ?? 'is not valid'}`,
    );
  }
  const unknown = Object.keys(front.raw).filter((key) => !KNOWN_KEYS.has(key));
  const warnings =
    unknown.length > 0
      ? [
          `${unknown.join(', ')} ${unknown.length > 1 ? 'are not fields' : 'is not a field'} Forkcast knows, so left out`,
        ]
      : [];
  return { status: 'review', name, review: parsed.data, warnings };
}
