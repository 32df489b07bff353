/** At most this many labels along a time axis. */
const MAX_LABELS = 12;

/**
 * Which ticks to label, as recharts' `interval` (label one, skip n). A fixed
 * number also spares recharts from measuring every label's text in the DOM
 * to find out which fit, which forces a layout per label and was the
 * largest single cost of drawing a long range.
 */
export function tickInterval(points: number, maxLabels = MAX_LABELS): number {
  return Math.max(0, Math.ceil(points / maxLabels) - 1);
}
