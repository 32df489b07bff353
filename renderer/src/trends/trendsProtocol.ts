import type { DateRange, TrendsData } from '../../../shared/trends';

/** What the page asks the trends worker, and what it answers; `id` pairs them. */
export interface TrendsRequest {
  id: number;
  range: DateRange;
}

export type TrendsResponse = { id: number; ok: true; data: TrendsData } | { id: number; ok: false; message: string };
