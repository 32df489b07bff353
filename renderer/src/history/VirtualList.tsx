import {
  measureElement,
  observeElementRect,
  useVirtualizer,
  type Rect,
  type Virtualizer,
} from '@tanstack/react-virtual';
import { useEffect, useRef, type ReactNode } from 'react';

/**
 * Without layout (jsdom, or a list not shown yet) every size reads as 0 and
 * the virtualiser would render nothing, or everything. Assume a screenful
 * and the estimated row height instead; real browsers report real sizes.
 */
const NO_LAYOUT_RECT: Rect = { width: 800, height: 600 };

function observeRectOrAssumeScreen(instance: Virtualizer<HTMLDivElement, Element>, onRect: (rect: Rect) => void) {
  return observeElementRect(instance, (rect) => onRect(rect.height > 0 ? rect : NO_LAYOUT_RECT));
}

interface Props<T> {
  items: readonly T[];
  /** Accessible name of the list. */
  label: string;
  getKey: (item: T) => string;
  /** Expected row height in pixels; rows are measured once shown. */
  estimatedRowHeight: number;
  renderItem: (item: T) => ReactNode;
  /** Told which items (first and last index, overscan included) are rendered, whenever that changes. */
  onRangeChange?: (start: number, end: number) => void;
}

/** A scrolling list that renders only the rows in view, so 10,000 rows stay fast. */
export function VirtualList<T>({ items, label, getKey, estimatedRowHeight, renderItem, onRangeChange }: Props<T>) {
  const scrollRef = useRef<HTMLDivElement>(null);
  // The app does not use the React Compiler, so the virtualiser's unmemoisable API is fine here.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: items.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => estimatedRowHeight,
    getItemKey: (index) => {
      const item = items[index];
      return item === undefined ? index : getKey(item);
    },
    overscan: 6,
    observeElementRect: observeRectOrAssumeScreen,
    measureElement: (element, entry, instance) => measureElement(element, entry, instance) || estimatedRowHeight,
    useFlushSync: false,
  });

  const rows = virtualizer.getVirtualItems();
  const start = rows[0]?.index ?? 0;
  const end = rows[rows.length - 1]?.index ?? 0;
  useEffect(() => onRangeChange?.(start, end), [onRangeChange, start, end]);

  return (
    <div ref={scrollRef} className="virtual-list">
      <ul aria-label={label} className="virtual-list-items" style={{ height: virtualizer.getTotalSize() }}>
        {rows.map((row) => {
          const item = items[row.index];
          if (item === undefined) return null;
          return (
            <li
              key={row.key}
              ref={virtualizer.measureElement}
              data-index={row.index}
              aria-setsize={items.length}
              aria-posinset={row.index + 1}
              className="virtual-list-row"
              style={{ transform: `translateY(${row.start}px)` }}
            >
              {renderItem(item)}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
