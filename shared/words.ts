/** Small wording helpers shared by every sentence, label and table the app writes about numbers. */

/** '3 days', '1 day', '1,200 days'; `many` for irregular plurals ('activity', 'activities'). */
export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count.toLocaleString('en')} ${count === 1 ? one : many}`;
}

/**
 * A lean or feel as a signed number with a true minus sign: '+0.42', '−0.10',
 * '0.00'. The sign follows the rounded value, so a tiny negative number reads
 * '0.00', never '−0.00'.
 */
export function signed(value: number, digits = 2): string {
  const text = Math.abs(value).toFixed(digits);
  if (Number(text) === 0) return text;
  return `${value > 0 ? '+' : '−'}${text}`;
}

/** A share as a whole percentage: '42%'. */
export function percent(rate: number): string {
  return `${Math.round(rate * 100)}%`;
}

/** The text with its first letter in capitals, to start a sentence or a line. */
export function capitalise(text: string): string {
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}`;
}
