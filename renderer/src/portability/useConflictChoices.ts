import { useCallback, useState } from 'react';
import { DECISION_CHOICE, type ConflictChoice, type ImportPreview, type LocalDate } from '../../../shared';

export interface ConflictChoices {
  /** Keep mine or take theirs, per conflicting day, weekly review (by its week) or decision plan (DECISION_CHOICE); one not in here keeps mine. */
  choices: ReadonlyMap<LocalDate, ConflictChoice>;
  choose: (key: LocalDate, choice: ConflictChoice) => void;
  /** The same choice for every conflict of `preview`: days, weekly reviews and the decision plan. */
  chooseAll: (preview: ImportPreview, choice: ConflictChoice) => void;
  /** Forgets every choice, for a new import. */
  reset: () => void;
}

/** The user's keep mine / take theirs choices for an import's conflicts, the markdown and other apps' imports alike. */
export function useConflictChoices(): ConflictChoices {
  const [choices, setChoices] = useState<ReadonlyMap<LocalDate, ConflictChoice>>(new Map());
  const choose = useCallback((key: LocalDate, choice: ConflictChoice) => {
    setChoices((current) => new Map(current).set(key, choice));
  }, []);
  const chooseAll = useCallback((preview: ImportPreview, choice: ConflictChoice) => {
    setChoices(
      new Map([
        ...preview.conflicts.map((day) => [day.date, choice] as const),
        ...preview.reviews.reviewConflicts.map((review) => [review.week, choice] as const),
        ...(preview.decision?.action === 'choose' ? [[DECISION_CHOICE, choice] as const] : []),
      ]),
    );
  }, []);
  const reset = useCallback(() => setChoices(new Map()), []);
  return { choices, choose, chooseAll, reset };
}
