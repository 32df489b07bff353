import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Entry, LocalDate } from '../../../shared';
import { getEntries } from '../data/historyQueries';
import { PAGE_SIZE, type DaysWithFirstPage } from './firstPage';

export interface PagedEntries {
  /** The entry of a date once its page is read; undefined until then; null when it was read but did not open (damaged). */
  entryOf: (date: LocalDate) => Entry | null | undefined;
  /** Tells which rows (by index into `dates`) are in view, so their pages are read. */
  showRange: (start: number, end: number) => void;
}

/**
 * Puts the entries of `dates` (in their order) into `before`. A listed date
 * read without an entry did not decrypt (a deleted day leaves the list with
 * the next version), so it is kept as null, shown as unreadable, not loading.
 */
function withPage(
  before: ReadonlyMap<LocalDate, Entry | null>,
  dates: readonly LocalDate[],
  entries: readonly (Entry | undefined)[],
): ReadonlyMap<LocalDate, Entry | null> {
  const next = new Map(before);
  dates.forEach((date, index) => next.set(date, entries[index] ?? null));
  return next;
}

/**
 * The entries of a long list of dates, read page by page as the rows come
 * into view, so opening History never reads the whole journal. The first
 * page comes with the list (`days.first`), so the first rows need no read of
 * their own. When `version` (the journal changed) or the list changes, the
 * rows in view are read again; until they arrive the rows keep what was read
 * before, so nothing flickers.
 */
export function usePagedEntries(days: DaysWithFirstPage, version: string): PagedEntries {
  const { dates, first } = days;
  const [loaded, setLoaded] = useState<ReadonlyMap<LocalDate, Entry | null>>(() => withPage(new Map(), dates, first));
  // A new list brings its own first page: take it in during this render, so its rows never show as loading.
  const [seeded, setSeeded] = useState(days);
  if (seeded !== days) {
    setSeeded(days);
    setLoaded((before) => withPage(before, dates.slice(0, first.length), first));
  }
  const requested = useRef<{ key: unknown; days: DaysWithFirstPage | null; pages: Set<number> }>({
    key: null,
    days: null,
    pages: new Set(),
  });
  const range = useRef({ start: 0, end: PAGE_SIZE - 1 });
  // One key for "this list of this journal": a change of either reads the rows in view again.
  const current = useMemo(() => ({ days, version }), [days, version]);

  const showRange = useCallback(
    (start: number, end: number) => {
      range.current = { start, end };
      if (requested.current.key !== current) {
        // A new list came with its first page; the same list at a new version reads that page again.
        const fresh = requested.current.days !== current.days && current.days.first.length > 0;
        requested.current = { key: current, days: current.days, pages: new Set(fresh ? [0] : []) };
      }
      const pages = requested.current.pages;
      const all = current.days.dates;
      for (let page = Math.floor(start / PAGE_SIZE); page <= Math.floor(end / PAGE_SIZE); page += 1) {
        if (pages.has(page) || page * PAGE_SIZE >= all.length) continue;
        pages.add(page);
        const slice = all.slice(page * PAGE_SIZE, (page + 1) * PAGE_SIZE);
        getEntries(slice).then(
          (entries) => setLoaded((before) => withPage(before, slice, entries)),
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
