/** The two paper sizes the brief is laid out for. */
export const PAPER_SIZES = ['A4', 'Letter'] as const;
export type Paper = (typeof PAPER_SIZES)[number];

/** Regions whose usual paper is US Letter (CLDR's paper-size data); everywhere else uses A4. */
const LETTER_REGIONS = new Set([
  'BZ',
  'CA',
  'CL',
  'CO',
  'CR',
  'GT',
  'MX',
  'NI',
  'PA',
  'PE',
  'PH',
  'PR',
  'SV',
  'US',
  'VE',
]);

/** The paper a user in `locale` (e.g. 'en-US', 'fr-CA', 'de') most likely prints on. */
export function paperForLocale(locale: string): Paper {
  try {
    const region = new Intl.Locale(locale).maximize().region;
    return region !== undefined && LETTER_REGIONS.has(region) ? 'Letter' : 'A4';
  } catch {
    // Not a locale tag at all: A4, the paper of most of the world.
    return 'A4';
  }
}
