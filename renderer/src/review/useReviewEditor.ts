import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useEffect, useRef, useState } from 'react';
import { findReviewQuestion, questionForWeek, type ReviewQuestion, type WeekId } from '../../../shared';
import { getReview, saveReview } from '../data/reviewsRepository';

/** How long typing may pause before the answer is saved. */
export const REVIEW_SAVE_DELAY_MS = 700;

export type ReviewSaveState =
  | { status: 'idle' | 'saving' | 'saved' }
  | { status: 'failed'; message: string }
  /** Another window saved this review meanwhile; what is typed here was saved over it. */
  | { status: 'replaced' };

export interface ReviewEditor {
  /** False until the stored review (or its absence) is read. */
  loaded: boolean;
  question: ReviewQuestion;
  answer: string;
  /** True once the week has a stored review. */
  written: boolean;
  save: ReviewSaveState;
  setAnswer: (answer: string) => void;
  /** Offers another question; only while nothing is written. */
  nextQuestion: () => void;
}

/**
 * One week's review answer: read live, saved a moment after typing pauses
 * and when the editor closes (the lock waits for that save), with a revision
 * so a save from another window is noticed rather than lost silently.
 */
export function useReviewEditor(week: WeekId): ReviewEditor {
  const stored = useLiveQuery(async () => (await getReview(week)) ?? null, [week]);
  const [draft, setDraft] = useState<string | null>(null);
  const [turn, setTurn] = useState(0);
  const [save, setSave] = useState<ReviewSaveState>({ status: 'idle' });
  const base = useRef<number | null | undefined>(undefined);
  const pending = useRef<{ answer: string; question: string } | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const live = useRef(true);

  const question = (stored && findReviewQuestion(stored.question)) ?? questionForWeek(week, stored ? 0 : turn);
  const storedQuestion = stored?.question ?? null;

  const flush = useCallback(async () => {
    clearTimeout(timer.current);
    const next = pending.current;
    if (!next) return;
    pending.current = null;
    if (live.current) setSave({ status: 'saving' });
    try {
      let result = await saveReview({ week, ...next }, base.current ?? null);
      let replaced = false;
      if (result.status === 'conflict') {
        // Another window saved this week's review: what was typed here is the newer text, so it is kept.
        replaced = true;
        result = await saveReview({ week, ...next, question: result.current.question }, result.current.revision);
      }
      if (result.status === 'saved') base.current = result.review.revision;
      if (live.current) setSave({ status: result.status === 'saved' ? (replaced ? 'replaced' : 'saved') : 'idle' });
    } catch (error) {
      pending.current ??= next;
      if (live.current) {
        setSave({ status: 'failed', message: error instanceof Error ? error.message : String(error) });
      }
    }
  }, [week]);

  useEffect(() => {
    live.current = true;
    return () => {
      live.current = false;
      void flush();
    };
  }, [flush]);

  const setAnswer = (answer: string) => {
    if (base.current === undefined) base.current = stored?.revision ?? null;
    setDraft(answer);
    pending.current = { answer, question: storedQuestion ?? question.id };
    clearTimeout(timer.current);
    timer.current = setTimeout(() => void flush(), REVIEW_SAVE_DELAY_MS);
  };

  return {
    loaded: stored !== undefined,
    question,
    answer: draft ?? stored?.answer ?? '',
    written: Boolean(stored),
    save,
    setAnswer,
    nextQuestion: () => setTurn((count) => count + 1),
  };
}
