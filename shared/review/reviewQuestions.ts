import type { WeekId } from './weeks';

/** A question the weekly review asks, to be answered in the user's own words. */
export interface ReviewQuestion {
  /** Stable id, written into stored reviews and exports; never reuse one. */
  id: string;
  text: string;
}

const q = (id: string, text: string): ReviewQuestion => ({ id, text });

export const REVIEW_QUESTIONS: readonly ReviewQuestion[] = [
  q('week-repeat', 'Which moment of this week would you most want to repeat next week, and what were you doing in it?'),
  q('week-avoid', 'What did you put off or hand away this week, and what does that say about the work you want?'),
  q('week-layer', 'When you moved something this week, was it a person, a team, or the shape of a system?'),
  q(
    'week-early-late',
    'Where did you arrive early enough to shape the answer, and where did you arrive to carry it out?',
  ),
  q('week-surprise', 'What surprised you about your own energy this week?'),
  q('week-next-try', 'What one thing will you try next week to learn more about which path suits you?'),
];

/** A question by id, or undefined for one no longer in the catalog. */
export function findReviewQuestion(id: string): ReviewQuestion | undefined {
  return REVIEW_QUESTIONS.find((question) => question.id === id);
}

/**
 * The question offered for a week: they take turns week by week, so the same
 * week always offers the same one and consecutive weeks differ. `turn` moves
 * on to the next (the user asked for another question).
 */
export function questionForWeek(week: WeekId, turn = 0): ReviewQuestion {
  const [year, number] = week.split('-W').map(Number);
  const index = ((year ?? 0) * 53 + (number ?? 0) + turn) % REVIEW_QUESTIONS.length;
  return REVIEW_QUESTIONS[index] ?? (REVIEW_QUESTIONS[0] as ReviewQuestion);
}
