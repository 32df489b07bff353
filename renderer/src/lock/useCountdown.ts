import { useEffect, useState } from 'react';

/** Milliseconds left until `until` (epoch ms), updated every second; 0 once it has passed or when there is none. */
export function useCountdown(until: number | null): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (until === null) return;
    const tick = () => {
      setNow(Date.now());
      if (Date.now() >= until) window.clearInterval(timer);
    };
    const timer = window.setInterval(tick, 1_000);
    // The first tick comes at once, so a new wait shows its full length rather than the last one's end.
    const first = window.setTimeout(tick, 0);
    return () => {
      window.clearInterval(timer);
      window.clearTimeout(first);
    };
  }, [until]);
  return until === null ? 0 : Math.max(0, until - now);
}
