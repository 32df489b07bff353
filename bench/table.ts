import type { Row } from './rows';

const ms = (value: number) => (value < 10 ? value.toFixed(2) : value < 100 ? value.toFixed(1) : value.toFixed(0));

function bytes(value: number): string {
  return value >= 1024 * 1024 ? `${(value / 1024 / 1024).toFixed(1)} MB` : `${(value / 1024).toFixed(0)} KB`;
}

function figure(row: Row): string {
  if ('unit' in row) return row.value === null ? 'not available' : bytes(row.value);
  return row.median_ms === null ? 'not available' : `${ms(row.median_ms)} ms`;
}

function cells(row: Row): string[] {
  return [
    row.case,
    row.entries === 0 ? '-' : row.entries.toLocaleString('en'),
    figure(row),
    row.baseline_ms === null ? '-' : `${ms(row.baseline_ms)} ms`,
    row.ratio === null ? '-' : `${row.ratio.toFixed(2)}x`,
    row.target,
    row.target === '-' ? '' : row.met ? 'met' : 'NOT MET',
  ];
}

const HEADER = ['Case', 'Entries', 'Median', 'Baseline', 'Ratio', 'Target', 'Met'];

/** Rows grouped by case (in the order cases first appear), smallest journal first within each. */
export function groupByCase(rows: readonly Row[]): Row[] {
  const order = new Map<string, number>();
  for (const row of rows) if (!order.has(row.case)) order.set(row.case, order.size);
  return [...rows].sort((a, b) => (order.get(a.case) ?? 0) - (order.get(b.case) ?? 0) || a.entries - b.entries);
}

/** Each distinct note once, with the sizes it applies to. */
function rowNotes(rows: readonly Row[]): string[] {
  const sizes = new Map<string, string[]>();
  for (const row of rows) {
    if (row.note === undefined) continue;
    const key = `${row.case}\u0000${row.note}`;
    sizes.set(key, [...(sizes.get(key) ?? []), ...(row.entries ? [row.entries.toLocaleString('en')] : [])]);
  }
  return [...sizes].map(([key, at]) => {
    const [name, note] = key.split('\u0000');
    return `${name}${at.length > 0 ? ` (${at.join(', ')})` : ''}: ${note}`;
  });
}

/** The rows as a markdown table (readable as plain text too), then the notes as a list. */
export function formatTable(rows: readonly Row[], notes: readonly string[] = []): string {
  const body = rows.map(cells);
  const widths = HEADER.map((title, column) =>
    Math.max(title.length, ...body.map((line) => line[column]?.length ?? 0)),
  );
  const line = (values: readonly string[]) =>
    `| ${values.map((value, column) => value.padEnd(widths[column] ?? 0)).join(' | ')} |`;
  const rule = `|${widths.map((width) => '-'.repeat(width + 2)).join('|')}|`;
  return [line(HEADER), rule, ...body.map(line), '', ...[...notes, ...rowNotes(rows)].map((note) => `- ${note}`)].join(
    '\n',
  );
}
