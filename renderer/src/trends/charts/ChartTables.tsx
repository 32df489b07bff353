import {
  countDates,
  packDates,
  periodTitle,
  signed,
  yearGrid,
  type ActivityFeel,
  type PeriodRow,
  type PixelDays,
  type TimingBar,
} from '../../../../shared/trends';
import type { DaySelection } from '../daySelection';
import { daysLabel, leanWords, PATH_WORDS, ratePercent } from './format';

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

export function LeanTable({ rows, onSelect }: TableProps<PeriodRow>) {
  return (
    <table>
      <thead>
        <tr>
          <th scope="col">Period</th>
          <th scope="col">Lean</th>
          <th scope="col">Plausible range</th>
          <th scope="col">Smoothed</th>
          <th scope="col">Days with path work</th>
          <th scope="col">Days</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.key}>
            <th scope="row">{periodTitle(row)}</th>
            <td>{row.lean === null ? 'no path work' : `${signed(row.lean)} (${leanWords(row.lean)})`}</td>
            <td>{row.band ? `${signed(row.band[0])} to ${signed(row.band[1])}` : '–'}</td>
            <td>{row.smoothed === null ? '–' : signed(row.smoothed)}</td>
            <td>{row.pathEntries}</td>
            <td>
              <ListDays title={periodTitle(row)} dates={row.dates} onSelect={onSelect} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function KindsTable({ rows, onSelect }: TableProps<PeriodRow>) {
  return (
    <table>
      <thead>
        <tr>
          <th scope="col">Period</th>
          <th scope="col">Good</th>
          <th scope="col">Mixed</th>
          <th scope="col">Bad</th>
          <th scope="col">No kind</th>
          <th scope="col">Days</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.key}>
            <th scope="row">{periodTitle(row)}</th>
            <td>{row.good}</td>
            <td>{row.mixed}</td>
            <td>{row.bad}</td>
            <td>{row.unrated}</td>
            <td>
              <ListDays title={periodTitle(row)} dates={row.dates} onSelect={onSelect} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function ActivityTable({ rows, onSelect }: TableProps<ActivityFeel>) {
  return (
    <table>
      <thead>
        <tr>
          <th scope="col">Activity</th>
          <th scope="col">Path</th>
          <th scope="col">Average feel (−2 drained to +2 energised)</th>
          <th scope="col">Days</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.id}>
            <th scope="row">{row.label}</th>
            <td>{PATH_WORDS[row.lean]}</td>
            <td>{signed(row.meanFeel)}</td>
            <td>
              <ListDays title={row.label} dates={row.dates} onSelect={onSelect} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function TimingTable({ rows, onSelect }: TableProps<TimingBar>) {
  return (
    <table>
      <thead>
        <tr>
          <th scope="col">Joined while</th>
          <th scope="col">Good-day rate</th>
          <th scope="col">Plausible range</th>
          <th scope="col">Good / mixed / bad</th>
          <th scope="col">Days</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.stage}>
            <th scope="row">{row.label}</th>
            <td>{ratePercent(row.goodRate)}</td>
            <td>
              {ratePercent(row.band[0])} to {ratePercent(row.band[1])}
            </td>
            <td>
              {row.good} / {row.mixed} / {row.bad}
            </td>
            <td>
              <ListDays title={row.label} dates={row.dates} onSelect={onSelect} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

export function PixelsTable({
  year,
  days,
  onSelect,
}: {
  year: number;
  days: PixelDays;
  onSelect: (selection: DaySelection) => void;
}) {
  const months = yearGrid(year, days).map(({ month, cells }) => {
    const written = cells.filter((cell) => cell.written);
    const energies = written.flatMap((cell) => (cell.energy === null ? [] : [cell.energy]));
    const count = (kind: string | null) => written.filter((cell) => cell.kind === kind).length;
    return {
      title: `${MONTH_NAMES[month - 1]} ${year}`,
      dates: packDates(written.map((cell) => cell.date)),
      good: count('good'),
      mixed: count('mixed'),
      bad: count('bad'),
      unrated: count(null),
      energy: energies.length ? (energies.reduce((a, b) => a + b, 0) / energies.length).toFixed(1) : '–',
    };
  });
  return (
    <table>
      <thead>
        <tr>
          <th scope="col">Month</th>
          <th scope="col">Good</th>
          <th scope="col">Mixed</th>
          <th scope="col">Bad</th>
          <th scope="col">No kind</th>
          <th scope="col">Average energy (1–5)</th>
          <th scope="col">Days</th>
        </tr>
      </thead>
      <tbody>
        {months.map((row) => (
          <tr key={row.title}>
            <th scope="row">{row.title}</th>
            <td>{row.good}</td>
            <td>{row.mixed}</td>
            <td>{row.bad}</td>
            <td>{row.unrated}</td>
            <td>{row.energy}</td>
            <td>
              <ListDays title={row.title} dates={row.dates} onSelect={onSelect} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
