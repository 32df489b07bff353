import { useEffect } from 'react';

/** What counts as the user being there. Pointer moves count too, so reading with the mouse keeps it open. */
const ACTIVITY_EVENTS = ['keydown', 'pointerdown', 'pointermove', 'wheel', 'touchstart'] as const;
/** How often the idle time is checked; a lock lands at most this late. */
const CHECK_MS = 5_000;

/**
 * Calls `onIdle` once `minutes` pass with no key press, click, touch, scroll
 * or pointer move in this window. Time asleep counts as idle: the check
 * compares wall-clock times, so a laptop that slept for an hour locks as soon
 * as it wakes.
 */
export function useIdleLock(active: boolean, minutes: number, onIdle: () => void): void {
  useEffect(() => {
    if (!active) return;
    let last = Date.now();
    const seen = () => {
      last = Date.now();
    };
    for (const type of ACTIVITY_EVENTS) window.addEventListener(type, seen, { passive: true, capture: true });
    const timer = window.setInterval(() => {
      if (Date.now() - last >= minutes * 60_000) onIdle();
    }, CHECK_MS);
    return () => {
      window.clearInterval(timer);
      for (const type of ACTIVITY_EVENTS) window.removeEventListener(type, seen, { capture: true });
    };
  }, [active, minutes, onIdle]);
}
