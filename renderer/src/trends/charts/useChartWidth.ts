import { useCallback, useState, type RefCallback } from 'react';

/** Used where the box has no layout to measure (jsdom, or a box not displayed yet), so a chart is never empty. */
const FALLBACK_WIDTH = 640;

/**
 * The width of a chart's box in whole pixels, following resizes; null until
 * the box has mounted. It is read as the box mounts, so the chart is drawn
 * once, at the right width, before the first paint; a ResizeObserver keeps it
 * up to date after that.
 */
export function useChartWidth(): [RefCallback<HTMLDivElement>, number | null] {
  const [width, setWidth] = useState<number | null>(null);
  const ref = useCallback((node: HTMLDivElement | null) => {
    if (!node) return;
    const measured = Math.round(node.getBoundingClientRect().width);
    setWidth((current) => (measured > 0 ? measured : (current ?? FALLBACK_WIDTH)));
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(([entry]) => {
      const resized = Math.round(entry?.contentRect.width ?? 0);
      if (resized > 0) setWidth(resized);
    });
    observer.observe(node);
    return () => observer.disconnect();
  }, []);
  return [ref, width];
}
