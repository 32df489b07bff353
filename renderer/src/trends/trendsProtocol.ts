import type { DateRange, TrendsData } from '../../../shared/trends';

/**
 * What the page tells the trends worker: the journal's data key once it is
 * unlocked (a CryptoKey clones into the worker and stays non-extractable),
 * and each range it wants; `id` pairs a request with its answer. On lock the
 * page ends the worker, and with it the key and everything it decrypted.
 */
export type TrendsRequest = { kind: 'key'; key: CryptoKey } | { kind: 'trends'; id: number; range: DateRange };

export type TrendsResponse = { id: number; ok: true; data: TrendsData } | { id: number; ok: false; message: string };
