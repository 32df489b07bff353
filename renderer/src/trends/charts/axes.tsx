/**
 * Plain SVG axes. Labels are never measured: the caller picks which ticks to
 * label (see labelledRows), so drawing a long range forces no layout per label.
 */

/** At most this many labels along a time axis. */
const MAX_LABELS = 12;

/** A generous width per character of a 12 px axis label, and the space kept between two labels. */
const CHAR_WIDTH = 6.5;
const LABEL_SPACING = 10;

/**
 * The rows whose ticks get a label along an axis `width` pixels long: the
 * first, then every nth, so there are at most MAX_LABELS and no more than fit
 * side by side at an estimated width per character. Counting rather than
 * measuring each label keeps a long range free of a layout per label.
 */
export function labelledRows<T extends { label: string }>(rows: readonly T[], width: number): T[] {
  const longest = rows.reduce((most, row) => Math.max(most, row.label.length), 0);
  const fit = Math.floor(width / (longest * CHAR_WIDTH + LABEL_SPACING));
  const labels = Math.max(1, Math.min(MAX_LABELS, fit));
  const every = Math.max(1, Math.ceil(rows.length / labels));
  return rows.filter((_, index) => index % every === 0);
}

export interface AxisTick {
  /** Position along the axis, in the plot's pixels. */
  at: number;
  label: string;
  /** A second, smaller line under the label (bottom axis only). */
  caption?: string;
}

const TICK_LENGTH = 6;
const LABEL_GAP = 3;

interface BottomProps {
  /** The axis's y: the foot of the plot. */
  top: number;
  width: number;
  ticks: readonly AxisTick[];
  tickClassName?: string;
  captionClassName?: string;
}

/** A line along the foot of the plot with each label centred under its tick. */
export function AxisBottom({ top, width, ticks, tickClassName, captionClassName }: BottomProps) {
  return (
    <g className="chart-axis" transform={`translate(0, ${top})`}>
      <line className="chart-axis-line" x2={width} />
      {ticks.map((tick, index) => (
        <g key={index} transform={`translate(${tick.at}, 0)`}>
          <line className="chart-axis-tick" y2={TICK_LENGTH} />
          <text y={TICK_LENGTH + LABEL_GAP} dy="0.71em" textAnchor="middle" className={tickClassName}>
            {tick.caption === undefined ? (
              tick.label
            ) : (
              <>
                <tspan x={0}>{tick.label}</tspan>
                <tspan x={0} dy="1.3em" className={captionClassName}>
                  {tick.caption}
                </tspan>
              </>
            )}
          </text>
        </g>
      ))}
    </g>
  );
}

interface LeftProps {
  height: number;
  ticks: readonly AxisTick[];
  tickClassName?: string;
}

/** A line up the left of the plot with each label right-aligned beside its tick, on one line. */
export function AxisLeft({ height, ticks, tickClassName }: LeftProps) {
  return (
    <g className="chart-axis">
      <line className="chart-axis-line" y2={height} />
      {ticks.map((tick, index) => (
        <g key={index} transform={`translate(0, ${tick.at})`}>
          <line className="chart-axis-tick" x2={-TICK_LENGTH} />
          <text x={-TICK_LENGTH - LABEL_GAP} dy="0.35em" textAnchor="end" className={tickClassName}>
            {tick.label}
          </text>
        </g>
      ))}
    </g>
  );
}
