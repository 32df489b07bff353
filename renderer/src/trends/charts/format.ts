import type { PathLean } from '../../../../shared';
import { signed, type ActivityFeel, type FeelReading } from '../../../../shared/trends';

/** Words shared by the charts, their tooltips and their tables. */

export const PATH_WORDS: Readonly<Record<PathLean, string>> = {
  management: 'people work (management)',
  architecture: 'system work (architecture)',
  neutral: 'neither path',
};

export const daysLabel = (days: number) => `${days} ${days === 1 ? 'day' : 'days'}`;

/** 'average feel +1.50 over 4 days, not rated on 2 more', or 'not rated yet on 3 days'. */
export function feelSummary(row: ActivityFeel): string {
  const rated = row.days - row.unrated;
  if (row.meanFeel === null) return `not rated yet on ${daysLabel(row.days)}`;
  const average = `average feel ${signed(row.meanFeel)} over ${daysLabel(rated)}`;
  return row.unrated > 0 ? `${average}, not rated on ${row.unrated} more` : average;
}

/** What an activity's range allows saying, in the chart's words. */
export const FEEL_READING_WORDS: Readonly<Record<FeelReading, string>> = {
  energising: 'energising: its whole range is above neutral',
  draining: 'draining: its whole range is below neutral',
  'could be chance': 'could be chance: its range spans neutral',
  'too few days': 'too few rated days for a range',
  unrated: 'not rated yet',
};

export const feelBandWords = (band: ActivityFeel['band']) => (band ? `${signed(band[0])} to ${signed(band[1])}` : '–');

export const ratePercent = (rate: number | null) => (rate === null ? '–' : `${Math.round(rate * 100)}%`);
