import type { ReactNode } from 'react';
import { formatDate } from '../../../../shared';
import {
  countDates,
  leanWords,
  packDates,
  periodTitle,
  signed,
  yearGrid,
  type ActivityFeel,
  type PeriodRow,
  type PackedDates,
  type PixelDays,
  type TimingBar,
} from '../../../../shared/trends';
import type { DaySelection } from '../daySelection';
import { barTitle, type WorstHourBar } from './WorstHourChart';
import { daysLabel, FEEL_READING_WORDS, feelBandWords, PATH_WORDS, ratePercent } from './format';

/** The text alternatives of the charts: the same figures as tables, each row able to list its days. */

function ListDays({ title, dates, onSelect }: DaySelection & { onSelect: (selection: DaySelection) => void }) {
  const count = countDates(dates);
  if (count === 0) return null;
  return (
    <button type="button" onClick={() => onSelect({ title, dates })}>
      List {daysLabel(count)}
    </button>
  );
}

interface TableProps<T> {
  rows: readonly T[];
  onSelect: (selection: DaySelection) => void;
}

/** One column: its heading and the cell it shows for a row. */
interface Column<T> {
  title: string;
  cell: (row: T) => ReactNode;
}

interface DataTableProps<T> extends TableProps<T> {
  /** The heading of the first column, whose cells name each row. */
  rowHeading: string;
  columns: readonly Column<T>[];
  row: (item: T) => { key: string; title: string; dates: PackedDates };
}

/** Every chart's table has the same shape: a named row, its figures, and a button listing its days. */
function DataTable<T>({ rows, onSelect, rowHeading, columns, row }: DataTableProps<T>) {
  return (
    <table>
      <thead>
        <tr>
          <th scope="col">{rowHeading}</th>
          {columns.map((column) => (
            <th key={column.title} scope="col">
              {column.title}
            </th>
          ))}
          <th scope="col">Days</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((item) => {
          const { key, title, dates } = row(item);
          return (
            <tr key={key}>
              <th scope="row">{title}</th>
              {columns.map((column) => (
                <td key={column.title}>{column.cell(item)}</td>
              ))}
              <td>
                <ListDays title={title} dates={dates} onSelect={onSelect} />
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

const periodRow = (row: PeriodRow) => ({ key: row.key, title: periodTitle(row), dates: row.dates });

const KIND_COLUMNS: readonly Column<{ good: number; mixed: number; bad: number; unrated: number }>[] = [
  { title: 'Good', cell: (row) => row.good },
  { title: 'Mixed', cell: (row) => row.mixed },
  { title: 'Bad', cell: (row) => row.bad },
  { title: 'No kind', cell: (row) => row.unrated },
];

const LEAN_COLUMNS: readonly Column<PeriodRow>[] = [
  { title: 'Lean', cell: (row) => (row.lean === null ? '–' : signed(row.lean)) },
  { title: 'Plausible range', cell: (row) => (row.band ? `${signed(row.band[0])} to ${signed(row.band[1])}` : '–') },
  { title: 'Reads as', cell: (row) => leanWords(row) },
  { title: 'Smoothed', cell: (row) => (row.smoothed === null ? '–' : signed(row.smoothed)) },
  { title: 'Days with people work', cell: (row) => row.managementEntries },
  { title: 'Days with system work', cell: (row) => row.architectureEntries },
];

export function LeanTable(props: TableProps<PeriodRow>) {
  return <DataTable {...props} rowHeading="Period" columns={LEAN_COLUMNS} row={periodRow} />;
}

export function KindsTable(props: TableProps<PeriodRow>) {
  return <DataTable {...props} rowHeading="Period" columns={KIND_COLUMNS} row={periodRow} />;
}

const ACTIVITY_COLUMNS: readonly Column<ActivityFeel>[] = [
  { title: 'Path', cell: (row) => PATH_WORDS[row.lean] },
  {
    title: 'Average feel (−2 drained to +2 energised)',
    cell: (row) => (row.meanFeel === null ? 'not rated' : signed(row.meanFeel)),
  },
  { title: 'Plausible range', cell: (row) => feelBandWords(row.band) },
  { title: 'Reads as', cell: (row) => FEEL_READING_WORDS[row.reading] },
  { title: 'Days not rated', cell: (row) => row.unrated },
];

export function ActivityTable(props: TableProps<ActivityFeel>) {
  return (
    <DataTable
      {...props}
      rowHeading="Activity"
      columns={ACTIVITY_COLUMNS}
      row={(row) => ({ key: row.id, title: row.label, dates: row.dates })}
    />
  );
}

const TIMING_COLUMNS: readonly Column<TimingBar>[] = [
  { title: 'Good-day rate', cell: (row) => ratePercent(row.goodRate) },
  { title: 'Plausible range', cell: (row) => `${ratePercent(row.band[0])} to ${ratePercent(row.band[1])}` },
  { title: 'Good / mixed / bad', cell: (row) => `${row.good} / ${row.mixed} / ${row.bad}` },
];

export function TimingTable(props: TableProps<TimingBar>) {
  return (
    <DataTable
      {...props}
      rowHeading="Joined while"
      columns={TIMING_COLUMNS}
      row={(row) => ({ key: row.stage, title: row.label, dates: row.dates })}
    />
  );
}

const WORST_HOUR_COLUMNS: readonly Column<WorstHourBar>[] = [
  { title: 'Answers', cell: (bar) => (bar.answered === 0 ? '–' : `${bar.share.count} of ${bar.answered}`) },
  { title: 'Share', cell: (bar) => ratePercent(bar.share.rate) },
  {
    title: 'Plausible range',
    cell: (bar) =>
      bar.answered === 0 ? '–' : `${ratePercent(bar.share.band[0])} to ${ratePercent(bar.share.band[1])}`,
  },
];

export function WorstHourTable(props: TableProps<WorstHourBar>) {
  return (
    <DataTable
      {...props}
      rowHeading="Role and answer"
      columns={WORST_HOUR_COLUMNS}
      row={(bar) => ({ key: bar.key, title: barTitle(bar), dates: bar.share.dates })}
    />
  );
}

interface PixelMonth {
  title: string;
  dates: PackedDates;
  good: number;
  mixed: number;
  bad: number;
  unrated: number;
  energy: string;
}

const PIXEL_COLUMNS: readonly Column<PixelMonth>[] = [
  ...KIND_COLUMNS,
  { title: 'Average energy (1–5)', cell: (row) => row.energy },
];

export function PixelsTable({
  year,
  days,
  onSelect,
}: { year: number; days: PixelDays } & Omit<TableProps<never>, 'rows'>) {
  const months = yearGrid(year, days).map(({ month, cells }): PixelMonth => {
    const written = cells.filter((cell) => cell.written);
    const energies = written.flatMap((cell) => (cell.energy === null ? [] : [cell.energy]));
    const count = (kind: string | null) => written.filter((cell) => cell.kind === kind).length;
    return {
      title: formatDate(new Date(year, month - 1, 1), 'monthYear'),
      dates: packDates(written.map((cell) => cell.date)),
      good: count('good'),
      mixed: count('mixed'),
      bad: count('bad'),
      unrated: count(null),
      energy: energies.length ? (energies.reduce((a, b) => a + b, 0) / energies.length).toFixed(1) : '–',
    };
  });
  return (
    <DataTable
      rows={months}
      onSelect={onSelect}
      rowHeading="Month"
      columns={PIXEL_COLUMNS}
      row={(row) => ({ key: row.title, title: row.title, dates: row.dates })}
    />
  );
}
