import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Entry, LocalDate } from '../../../shared';
import { getEntries } from '../data/historyQueries';

/** Rows are read from storage this many at a time, as they scroll into view. */
export const PAGE_SIZE = 50;

export interface PagedEntries {
  /** The entry of a date once its page is read; undefined until then. */
  entryOf: (date: LocalDate) => Entry | undefined;
  /** Tells which rows (by index into `dates`) are in view, so their pages are read. */
  showRange: (start: number, end: number) => void;
}

/**
 * The entries of a long list of dates, read page by page as the rows come
 * into view, so opening History never reads the whole journal. When
 * `version` (the journal changed) or the list changes, the rows in view are
 * read again; until they arrive the rows keep what was read before, so
 * nothing flickers.
 */
export function usePagedEntries(dates: readonly LocalDate[], version: string): PagedEntries {
  const [loaded, setLoaded] = useState<ReadonlyMap<LocalDate, Entry>>(new Map());
  const requested = useRef<{ key: unknown; pages: Set<number> }>({ key: null, pages: new Set() });
  const range = useRef({ start: 0, end: PAGE_SIZE - 1 });
  // One key for "this list of this journal": a change of either reads the rows in view again.
  const current = useMemo(() => ({ dates, version }), [dates, version]);

  const showRange = useCallback(
    (start: number, end: number) => {
      range.current = { start, end };
      if (requested.current.key !== current) requested.current = { key: current, pages: new Set() };
      const pages = requested.current.pages;
      for (let page = Math.floor(start / PAGE_SIZE); page <= Math.floor(end / PAGE_SIZE); page += 1) {
        if (pages.has(page) || page * PAGE_SIZE >= current.dates.length) continue;
        pages.add(page);
        const slice = current.dates.slice(page * PAGE_SIZE, (page + 1) * PAGE_SIZE);
        getEntries(slice).then(
          (entries) =>
            setLoaded((before) => {
              const next = new Map(before);
              slice.forEach((date, index) => {
                const entry = entries[index];
                if (entry) next.set(date, entry);
                else next.delete(date);
              });
              return next;
            }),
          (error: unknown) => {
            // Read again when the row comes back into view.
            pages.delete(page);
            console.warn('Forkcast: could not read a page of History', error);
          },
        );
      }
    },
    [current],
  );

  // A new list or a changed journal: read what is in view again.
  useEffect(() => showRange(range.current.start, range.current.end), [showRange]);

  return {
    entryOf: (date) => loaded.get(date),
    showRange,
  };
}
