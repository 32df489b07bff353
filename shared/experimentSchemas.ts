import { differenceInCalendarDays } from 'date-fns';
import { z } from 'zod';
import { formatDate } from './dateFormat';
import { fromLocalDate, isLocalDate, type LocalDate } from './dates';
import { localDateSchema } from './dateSchemas';
import { PATHS, type Path } from './entry';

export { FOCUS_WORDS } from './analysis/experiment';

/**
 * An experiment: a period the user sets aside to do more of one kind of work
 * and see whether it changes how their days go. It is part of the decision
 * plan (decisionSchemas.ts), stored and sealed with it; the analysis compares
 * it with the weeks before it (analysis/experiment.ts). Its start is its key:
 * two experiments never share a day, so each has its own before and after.
 */

/** Longer than this and the weeks before it are too far back to compare with. */
export const EXPERIMENT_MAX_DAYS = 91;
export const EXPERIMENT_LABEL_CHARS = 80;
/** A plan holds at most this many: one a fortnight for four years. */
export const EXPERIMENTS_MAX = 100;

/** Days from start to end, both included. */
export function experimentDays(experiment: { start: LocalDate; end: LocalDate }): number {
  return differenceInCalendarDays(fromLocalDate(experiment.end), fromLocalDate(experiment.start)) + 1;
}

/** '3 Nov 2026 – 16 Nov 2026' */
export function experimentSpan(experiment: { start: LocalDate; end: LocalDate }): string {
  return `${formatDate(experiment.start, 'date')} – ${formatDate(experiment.end, 'date')}`;
}

export const experimentSchema = z
  .object({
    label: z.string().trim().min(1, 'needs a name').max(EXPERIMENT_LABEL_CHARS),
    focus: z.enum(PATHS),
    start: localDateSchema,
    end: localDateSchema,
  })
  .refine((experiment) => experiment.start <= experiment.end, { message: 'ends before it starts', path: ['end'] })
  .refine((experiment) => experimentDays(experiment) <= EXPERIMENT_MAX_DAYS, {
    message: `is longer than ${EXPERIMENT_MAX_DAYS} days`,
    path: ['end'],
  });
export type Experiment = z.infer<typeof experimentSchema>;

/** Whether two experiments share a day. */
export function experimentsOverlap(
  a: Pick<Experiment, 'start' | 'end'>,
  b: Pick<Experiment, 'start' | 'end'>,
): boolean {
  return a.start <= b.end && b.start <= a.end;
}

/** The experiments of a plan: each valid, none sharing a day with another, in start order. */
export const experimentListSchema = z
  .array(experimentSchema)
  .max(EXPERIMENTS_MAX)
  .superRefine((experiments, context) => {
    experiments.forEach((experiment, index) => {
      const other = experiments.findIndex((item, at) => at < index && experimentsOverlap(item, experiment));
      if (other >= 0) {
        context.addIssue({
          code: 'custom',
          path: [index],
          message: `shares days with experiment ${other + 1} (“${experiments[other]?.label ?? ''}”)`,
        });
      }
    });
  });

/** What the user typed into the experiment form. */
export interface ExperimentDraft {
  label: string;
  focus: Path;
  start: string;
  end: string;
}

/**
 * Why `draft` cannot be stored beside `others` (the plan's other experiments),
 * in words for the form, or null when it can. Checked again by the schema on
 * the way into storage.
 */
export function experimentProblem(draft: ExperimentDraft, others: readonly Experiment[]): string | null {
  const label = draft.label.trim();
  if (label === '') return 'Give the experiment a short name, such as “Two weeks of design reviews”.';
  if (label.length > EXPERIMENT_LABEL_CHARS) return `Keep the name under ${EXPERIMENT_LABEL_CHARS} characters.`;
  if (!isLocalDate(draft.start)) return 'Choose a real calendar date for the start.';
  if (!isLocalDate(draft.end)) return 'Choose a real calendar date for the end.';
  if (draft.end < draft.start) return 'The end comes before the start: choose an end on or after the start.';
  if (experimentDays(draft) > EXPERIMENT_MAX_DAYS) {
    return `Keep an experiment to ${EXPERIMENT_MAX_DAYS} days (13 weeks) or fewer: it is compared with the weeks just before it, and a longer one drifts too far from them.`;
  }
  const clash = others.find((other) => experimentsOverlap(other, draft));
  if (clash) {
    return `It shares days with “${clash.label}” (${experimentSpan(clash)}). Experiments cannot overlap, or neither could be told apart from the other; choose other dates.`;
  }
  return null;
}
