/**
 * How long the end-to-end tests wait for a state before calling it missing.
 * These are deadlines, never delays: every wait ends as soon as its state or
 * event arrives, so a generous deadline costs nothing when the app is right
 * and only names the missing state when it is wrong. They are sized for a
 * CI machine with two cores, one of them busy with something else.
 */

/** A control or state that has not appeared within this never will. */
export const ACTION_TIMEOUT_MS = 15_000;

/** A whole test with ordinary input: browser start, a few views, a reload or two. */
export const TEST_TIMEOUT_MS = 90_000;

/**
 * Extra time per million characters for a step that moves large text: typing
 * or pasting it, saving it, loading and rendering it after a reload, and
 * reading it back over the DevTools protocol.
 */
const MS_PER_MILLION_CHARS = 20_000;

/** The deadline for one step that handles `chars` characters of text. */
export function timeFor(chars: number): number {
  return ACTION_TIMEOUT_MS + Math.ceil((chars / 1_000_000) * MS_PER_MILLION_CHARS);
}

/** The deadline for a whole test that takes `steps` steps over `chars` characters each. */
export function testTimeFor(chars: number, steps: number): number {
  return TEST_TIMEOUT_MS + steps * timeFor(chars);
}
