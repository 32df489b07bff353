import { useState, type FocusEvent, type KeyboardEvent, type MouseEvent, type PointerEvent } from 'react';

/** The column (or row) an event came from: the nearest element marked with `data-index`. */
function indexOf(target: EventTarget): number | null {
  if (!(target instanceof Element)) return null;
  const index = target.closest('[data-index]')?.getAttribute('data-index');
  return index == null ? null : Number(index);
}

const STEPS: Readonly<Record<string, number>> = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 };

/**
 * Hover, focus and selection for a chart's columns (or rows). The handlers sit
 * once on the svg and find the column from the event, so a range of 500
 * weeks adds no handlers per column. Only one column is a tab stop; the arrow
 * keys, Home and End move between them, Enter or Space selects. Without
 * `onSelectRow` the chart is a picture: no events, no tab stops.
 */
export function useChartColumns<T>(rows: readonly T[], onSelectRow: ((row: T) => void) | undefined) {
  const [active, setActive] = useState<number | null>(null);
  const [stop, setStop] = useState(0);
  if (!onSelectRow) return { hovered: null, tabStop: -1, events: undefined };

  const select = (index: number | null) => {
    const row = index === null ? undefined : rows[index];
    if (row !== undefined) onSelectRow(row);
  };
  const events = {
    // Fires only when the pointer enters another element, so moving within a column costs nothing.
    onPointerOver: (event: PointerEvent<SVGSVGElement>) => setActive(indexOf(event.target)),
    onPointerLeave: () => setActive(null),
    onClick: (event: MouseEvent<SVGSVGElement>) => select(indexOf(event.target)),
    onFocus: (event: FocusEvent<SVGSVGElement>) => {
      const index = indexOf(event.target);
      setActive(index);
      if (index !== null) setStop(index);
    },
    onBlur: () => setActive(null),
    onKeyDown: (event: KeyboardEvent<SVGSVGElement>) => {
      const index = indexOf(event.target);
      if (index === null) return;
      if (event.key === 'Enter' || event.key === ' ') {
        event.preventDefault();
        select(index);
        return;
      }
      const step = STEPS[event.key];
      const to =
        event.key === 'Home' ? 0 : event.key === 'End' ? rows.length - 1 : step === undefined ? null : index + step;
      if (to === null || to < 0 || to >= rows.length) return;
      event.preventDefault();
      event.currentTarget.querySelector<SVGElement>(`[data-index="${to}"]`)?.focus();
    },
  };
  const row = active === null ? undefined : rows[active];
  // The column under the pointer or focus, with its row.
  const hovered = active === null || row === undefined ? null : { index: active, row };
  return { hovered, tabStop: Math.min(stop, rows.length - 1), events };
}

/** What makes one column a focusable button that the handlers above recognise. */
export const columnAttributes = (index: number, tabStop: number, label: string) => ({
  className: 'chart-column',
  'data-index': index,
  role: 'button',
  tabIndex: index === tabStop ? 0 : -1,
  'aria-label': label,
});
