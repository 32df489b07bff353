import type { Band } from '../analysis';
import { plural } from '../words';
import type { Confidence } from './types';

/**
 * How far the whole band must sit from zero before a lean is called
 * "confident" rather than "fairly confident". Either way the band already
 * excludes zero: the words grade a verdict the band allows, never size alone.
 */
export const STRONG_MARGIN = 0.15;

/** 'none' while the band includes zero; otherwise 'strong' or 'fair' by how far the band sits from it. */
export function bandConfidence(band: Band): Confidence {
  const [low, high] = band;
  if (low <= 0 && high >= 0) return 'none';
  return Math.min(Math.abs(low), Math.abs(high)) >= STRONG_MARGIN ? 'strong' : 'fair';
}

export const CONFIDENCE_WORDS: Readonly<Record<Exclude<Confidence, 'none'>, string>> = {
  strong: 'confident',
  fair: 'fairly confident',
};

/** What a period or window held: days with each kind of work. */
export interface SideDays {
  managementEntries: number;
  architectureEntries: number;
}

/**
 * A lean in words for a chart point, tooltip or table row: a direction only
 * when both kinds of work were logged and the band excludes zero, graded by
 * the band ('toward architecture, confident'); otherwise what is missing or
 * 'no clear lean'.
 */
export function leanWords(figure: { lean: number | null; band: Band | null } & SideDays): string {
  const { managementEntries: people, architectureEntries: system } = figure;
  if (people === 0 && system === 0) return 'no people or system work logged';
  if (people === 0) return `only system-shaping work logged (${plural(system, 'day')}): nothing to compare`;
  if (system === 0) return `only people work logged (${plural(people, 'day')}): nothing to compare`;
  if (figure.lean === null || figure.band === null) return 'no clear lean';
  const confidence = bandConfidence(figure.band);
  if (confidence === 'none') return 'no clear lean (the plausible range includes zero)';
  return `toward ${figure.lean > 0 ? 'architecture' : 'management'}, ${CONFIDENCE_WORDS[confidence]}`;
}
