interface YearPickerProps {
  /** Newest first. */
  years: readonly number[];
  year: number;
  onChange: (year: number) => void;
}

/** Steps between the years the range touches. */
export function YearPicker({ years, year, onChange }: YearPickerProps) {
  if (years.length < 2) return null;
  const index = years.indexOf(year);
  const older = years[index + 1];
  const newer = years[index - 1];
  return (
    <span className="row no-print">
      <button type="button" disabled={older === undefined} onClick={() => older !== undefined && onChange(older)}>
        Previous year
      </button>
      <button type="button" disabled={newer === undefined} onClick={() => newer !== undefined && onChange(newer)}>
        Next year
      </button>
    </span>
  );
}

/** The key to the calendar: letters for kinds, bar height for energy. */
export function PixelsLegend() {
  return (
    <ul className="chart-legend" aria-label="Key">
      <li>
        <span className="pixel kind-good energy-5" aria-hidden="true">
          G
        </span>{' '}
        good
      </li>
      <li>
        <span className="pixel kind-mixed energy-3" aria-hidden="true">
          M
        </span>{' '}
        mixed
      </li>
      <li>
        <span className="pixel kind-bad energy-1" aria-hidden="true">
          B
        </span>{' '}
        bad
      </li>
      <li>
        <span className="pixel pixel-unrated" aria-hidden="true">
          ·
        </span>{' '}
        written, no kind
      </li>
      <li>Bar at the foot: energy 1 (low) to 5 (full height)</li>
    </ul>
  );
}
