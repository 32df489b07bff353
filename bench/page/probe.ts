/**
 * The in-page stopwatch, installed as an init script so it runs from the very
 * start of every document (navigation start is `performance.now()`'s zero).
 *
 * "Shown" means painted: once a watched condition holds after a DOM change,
 * the time is taken in a message posted from the next animation frame, which
 * runs after that frame's paint. Keystrokes are timed the same way, from the
 * keydown event's own timestamp.
 *
 * Playwright sends this function's source to the page, so it must not use
 * anything from outside its body.
 */
export function installProbe(): void {
  const shownAt = new Map<string, number | null>();
  const watches = new Map<string, () => boolean>();
  const keystrokes: number[] = [];
  let keyDownAt: number | null = null;
  let inputAt: number | null = null;
  let clickAt: number | null = null;

  const afterPaint = (then: (time: number) => void) =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => then(performance.now());
      channel.port2.postMessage(null);
    });

  const check = () => {
    for (const [name, holds] of watches) {
      if (shownAt.has(name) || !holds()) continue;
      shownAt.set(name, null);
      afterPaint((time) => shownAt.set(name, time));
    }
  };

  /** Every chart card has drawn something: a chart, the pixels or its "nothing yet" text. */
  const trendsDrawn = () => {
    const cards = [...document.querySelectorAll('.trends .chart-card')];
    return (
      cards.length > 0 &&
      document.querySelector('.trends .chart-placeholder') === null &&
      cards.every((card) => card.querySelector('svg.chart-svg, .pixels, .chart-empty') !== null)
    );
  };
  watches.set('today', () => document.querySelector('textarea#notes') !== null);
  /** History shows its count and the first row with what that day says (not just its date), or that it is empty. */
  const historyShown = () =>
    document.querySelector('.history .history-empty') !== null ||
    (document.querySelector('.history-count')?.textContent?.includes('newest first') === true &&
      document.querySelector('ul[aria-label="Entries, newest first"] li button[aria-busy="false"]') !== null);
  watches.set('history', historyShown);
  watches.set('trends', trendsDrawn);

  new MutationObserver(check).observe(document, { childList: true, subtree: true });
  addEventListener('keydown', (event) => (keyDownAt = event.timeStamp), true);
  addEventListener('click', (event) => (clickAt = event.timeStamp), true);
  addEventListener(
    'input',
    (event) => {
      inputAt = event.timeStamp;
      const start = keyDownAt;
      keyDownAt = null;
      if (start !== null) afterPaint((time) => keystrokes.push(time - start));
    },
    true,
  );

  const probe = {
    /** Starts watching a condition (if it already holds, the next paint is its time). */
    watch(name: string, holds: () => boolean) {
      shownAt.delete(name);
      watches.set(name, holds);
      check();
    },
    /** When `name` was first shown, in ms since navigation start; null if not within `timeoutMs`. */
    async shown(name: string, timeoutMs: number): Promise<number | null> {
      const deadline = performance.now() + timeoutMs;
      while (performance.now() < deadline) {
        const time = shownAt.get(name);
        if (typeof time === 'number') return time;
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      return null;
    },
    lastInputAt: () => inputAt,
    lastClickAt: () => clickAt,
    /** Keystroke-to-paint times so far, and forgets them. */
    takeKeystrokes: () => keystrokes.splice(0),
  };
  Object.defineProperty(window, 'benchProbe', { value: probe });
}

export type BenchProbe = {
  watch(name: string, holds: () => boolean): void;
  shown(name: string, timeoutMs: number): Promise<number | null>;
  lastInputAt(): number | null;
  lastClickAt(): number | null;
  takeKeystrokes(): number[];
};

declare global {
  interface Window {
    benchProbe: BenchProbe;
  }
}
