import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { rangeKey, type DateRange, type TrendsData } from '../../../shared/trends';
import { failureMessage } from '../portability/failureMessage';
import { cachedTrends } from './trendsCache';
import { warmTrendsWorker } from './trendsClient';
import { journalFingerprint } from './trendsQueries';

export type TrendsState =
  | { status: 'loading' }
  /** `stale` while newer data for a changed journal or range is on its way; the old charts stay up meanwhile. */
  | { status: 'ready'; data: TrendsData; stale: boolean }
  | { status: 'failed'; message: string };

type Result = { key: string; data: TrendsData } | { key: string; error: string };

/**
 * The trends of a range, kept live: a cheap live query watches the journal's
 * fingerprint, and whenever it or the range changes the heavy work is asked
 * of the worker (or the cache) again. The page thread only receives the
 * finished chart data.
 */
export function useTrends(range: DateRange): TrendsState {
  const fingerprint = useLiveQuery(journalFingerprint, []);
  const [result, setResult] = useState<Result | null>(null);
  const key = fingerprint === undefined ? null : `${fingerprint}#${rangeKey(range)}`;
  const { from, to } = range;

  // The worker's start-up overlaps the first fingerprint query instead of following it.
  useEffect(warmTrendsWorker, []);

  useEffect(() => {
    if (fingerprint === undefined || key === null) return;
    let current = true;
    cachedTrends({ from, to }, fingerprint).then(
      (data) => current && setResult({ key, data }),
      (error: unknown) => current && setResult({ key, error: failureMessage(error, 'Reading your trends') }),
    );
    return () => {
      current = false;
    };
  }, [fingerprint, key, from, to]);

  if (result === null) return { status: 'loading' };
  if ('error' in result) return { status: 'failed', message: result.error };
  return { status: 'ready', data: result.data, stale: result.key !== key };
}
