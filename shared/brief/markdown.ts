import type { LocalDate } from '../dates';
import { describeRange, leanWords, plural, signed, type PeriodRow, type TrendsData } from '../trends';
import { briefExperimentLines } from './experiments';
import { pictureLines } from './picture';
import { briefDecisionLines, type DecidedOn } from './readiness';
import { READING_NOTES } from './readingNotes';
import {
  briefDate,
  driverLine,
  headlineNotes,
  noDriversLine,
  timingSentence,
  worstHourRoleLine,
  worstHourSentence,
} from './text';

/** The brief's lean table keeps to this many rows, and its chart to this many points, so both stay on the page. */
export const BRIEF_TABLE_ROWS = 12;
export const BRIEF_CHART_POINTS = 26;

/**
 * Makes user-written text inert in markdown: one line, with every character
 * that could start markup (emphasis, code, links, HTML, entities, tables,
 * tags) backslash-escaped, and a leading list marker too, so a highlight
 * reads exactly as typed in any viewer. Plain punctuation stays as it is, so
 * the file still reads well in a text editor.
 */
export function markdownText(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\\`*_[\]<>|~&#]/g, '\\$&')
    .replace(/^[-+]/, '\\$&')
    .replace(/^(\d+)([.)])/, '$1\\$2');
}

/** The latest periods the brief shows, at most `max`: weeks while they fit, months otherwise. */
export function briefSeries(data: TrendsData, max: number): PeriodRow[] {
  const rows = data.granularity === 'week' && data.periods.length <= max ? data.periods : data.months;
  return rows.slice(-max);
}

function leanTable(data: TrendsData): string[] {
  const rows = briefSeries(data, BRIEF_TABLE_ROWS).filter((row) => row.pathEntries > 0);
  if (rows.length === 0) return ['No period in this range has people or system work logged yet.'];
  const unit = rows[0]?.key.includes('-W') ? 'Week of' : 'Month';
  const figure = (row: PeriodRow) =>
    row.lean === null || row.band === null
      ? '– | –'
      : `${signed(row.lean)} | ${signed(row.band[0])} to ${signed(row.band[1])}`;
  return [
    `| ${unit} | Lean | Plausible range | Reads as | Days with path work |`,
    '| --- | ---: | :---: | --- | ---: |',
    ...rows.map((row) => `| ${row.label} | ${figure(row)} | ${leanWords(row)} | ${row.pathEntries} |`),
    '',
    'Below zero, people work felt better (management); above zero, system work did (architecture).',
  ];
}

function drivers(data: TrendsData, side: 'good' | 'bad'): string[] {
  const none = noDriversLine(data, side);
  return none
    ? [none]
    : data.drivers[side].map(
        (driver) => `- ${driverLine({ ...driver, label: markdownText(driver.label) }, side, data.drivers)}`,
      );
}

function experimentSection(data: TrendsData): string[] {
  const lines = briefExperimentLines(data, markdownText);
  return lines.length === 0 ? [] : ['## Experiments', '', ...lines.map((line) => `- ${line}`), ''];
}

/** The decision brief as markdown: the same sections as on screen, user text kept as plain text. */
export function briefMarkdown(
  data: TrendsData,
  generatedOn: LocalDate,
  decisionDate: LocalDate | null = null,
  decided: DecidedOn | null = null,
): string {
  const { headline } = data;
  const quotes =
    data.highlights.length === 0
      ? ['No highlights written in this range.']
      : data.highlights.flatMap((quote) => [
          `> ${markdownText(quote.text)}`,
          `> — ${briefDate(quote.date)}${quote.kind ? ` · ${markdownText(quote.kind)}` : ''}`,
          '',
        ]);
  const lines = [
    '# Decision brief: management or architecture',
    '',
    `Range: ${describeRange(data.range)} · ${plural(data.entries, 'day')} written · prepared ${briefDate(generatedOn)}`,
    '',
    ...briefDecisionLines(data, decisionDate, generatedOn, decided).flatMap((line) => [line, '']),
    '## The lean',
    '',
    `**${headline.title}**`,
    '',
    headline.sentence,
    ...headlineNotes(headline).flatMap((note) => ['', note]),
    '',
    '## What would change this picture',
    '',
    ...pictureLines(data).map((line) => `- ${line}`),
    '',
    ...experimentSection(data),
    '## What goes with good days',
    '',
    ...drivers(data, 'good'),
    '',
    '## What goes with bad days',
    '',
    ...drivers(data, 'bad'),
    '',
    '## The worst-hour test',
    '',
    'On bad days: “If most days were like today’s worst hour, would you still take this role?”',
    '',
    worstHourSentence(data.worstDay),
    '',
    ...[data.worstDay.management, data.worstDay.architecture].map((side) => `- ${worstHourRoleLine(side)}`),
    '',
    '## When you join the conversation',
    '',
    timingSentence(data.timing),
    '',
    '## In your own words',
    '',
    ...(data.highlightCount > data.highlights.length
      ? [`${data.highlights.length} of your ${data.highlightCount} highlights, spread over the range:`, '']
      : []),
    ...quotes,
    '## The lean over time',
    '',
    ...leanTable(data),
    '',
    '## How to read these numbers',
    '',
    ...READING_NOTES.map((note) => `- **${note.term}**: ${note.text}`),
    '',
  ];
  return lines.join('\n').replace(/\n{3,}/g, '\n\n');
}

/** A plain file name for the saved brief, e.g. 'forkcast-brief-2026-11-20.md'. */
export function briefFileName(data: Pick<TrendsData, 'range'>, extension: 'md' | 'pdf'): string {
  const { from, to } = data.range;
  return `forkcast-brief-${from ? `${from}-to-` : ''}${to}.${extension}`;
}
