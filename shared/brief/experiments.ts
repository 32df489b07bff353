import { FOCUS_WORDS } from '../analysis/experiment';
import { formatDate } from '../dateFormat';
import type { TrendsData } from '../trends';

/**
 * The brief's experiments, one sentence each: those under way and those
 * ended by the range's end, with the verdict Trends gives them. Planned ones
 * have nothing to report yet, so they are left out. `text` makes the
 * user's name for it safe where it goes (markdown escapes it).
 */
export function briefExperimentLines(
  data: Pick<TrendsData, 'experiments'>,
  text: (label: string) => string = (label) => label,
): string[] {
  return data.experiments.map(
    (experiment) =>
      `“${text(experiment.label)}” (${FOCUS_WORDS[experiment.focus]}, ${formatDate(experiment.start, 'date')} to ${formatDate(experiment.end, 'date')}): ${experiment.sentence}`,
  );
}
