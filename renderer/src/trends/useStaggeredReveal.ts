import { useEffect, useState } from 'react';

/**
 * How many of `count` charts may be drawn yet. They are revealed one per
 * task, so each chart's first render is its own short task instead of all
 * five adding up to one long one that freezes the page.
 */
export function useStaggeredReveal(count: number): number {
  const [shown, setShown] = useState(0);
  useEffect(() => {
    if (shown >= count) return;
    const timer = setTimeout(() => setShown((current) => current + 1), 0);
    return () => clearTimeout(timer);
  }, [shown, count]);
  return shown;
}
