/** At most this many labels along a time axis. */
const MAX_LABELS = 12;

/** A generous width per character of a 12 px axis label, and the space kept between two labels. */
const CHAR_WIDTH = 6.5;
const LABEL_GAP = 10;

/**
 * How many ticks to skip after each labelled one (label one, skip n), so a
 * long range gets at most `maxLabels` labels. Counting rather than measuring
 * each label's text keeps drawing a long range free of a layout per label.
 */
export function tickInterval(points: number, maxLabels = MAX_LABELS): number {
  return Math.max(0, Math.ceil(points / maxLabels) - 1);
}

/**
 * The rows whose ticks get a label along an axis `width` pixels long: the
 * first, then every (interval + 1)th, with no more labels than fit side by
 * side at an estimated width per character.
 */
export function labelledRows<T extends { label: string }>(rows: readonly T[], width: number): T[] {
  const longest = rows.reduce((most, row) => Math.max(most, row.label.length), 0);
  const fit = Math.floor(width / (longest * CHAR_WIDTH + LABEL_GAP));
  const every = tickInterval(rows.length, Math.max(1, Math.min(MAX_LABELS, fit))) + 1;
  return rows.filter((_, index) => index % every === 0);
}
