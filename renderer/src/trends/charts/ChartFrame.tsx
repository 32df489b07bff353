import type { ReactNode, SVGProps } from 'react';
import { TooltipWithBounds } from '@visx/tooltip';
import type { PackedDates } from '../../../../shared/trends';
import { ChartTooltip } from '../ChartTooltip';
import { useChartWidth } from './useChartWidth';

interface FrameProps {
  /** The chart's own class, e.g. `lean-chart`; tests and styles find the chart by it. */
  className: string;
  /** Draws the chart at the box's measured width. */
  children: (width: number) => ReactNode;
}

/**
 * A chart's box. The chart inside is drawn only once the box has been
 * measured, so it is never drawn twice (at a guess, then at the real width)
 * for its first paint.
 */
export function ChartFrame({ className, children }: FrameProps) {
  const [ref, width] = useChartWidth();
  return (
    <div ref={ref} className={`chart-frame ${className}`}>
      {width !== null && children(width)}
    </div>
  );
}

/** Where the tooltip points, in the plot's pixels, and what it says. */
export interface ChartTip {
  /** The column it belongs to. */
  index: number;
  x: number;
  y: number;
  title: string;
  lines: readonly string[];
  dates: PackedDates;
}

interface SvgProps {
  width: number;
  height: number;
  /** Space around the plot for the axes; children draw in the plot's pixels. */
  margin: { top: number; left: number };
  /** What the chart shows, for screen readers. */
  label: string;
  /** The handlers from useChartColumns; without them the chart is a picture only. */
  events: SVGProps<SVGSVGElement> | undefined;
  tip: ChartTip | null;
  children: ReactNode;
}

/**
 * The chart's svg, its plot area and its one tooltip, inside a ChartFrame. The viewBox lets
 * the svg shrink with its box (as on a narrower printed page) rather than
 * overflow it until it is measured again.
 */
export function ChartSvg({ width, height, margin, label, events, tip, children }: SvgProps) {
  return (
    <>
      <svg
        className="chart-svg"
        width={width}
        height={height}
        viewBox={`0 0 ${width} ${height}`}
        role={events ? 'group' : 'img'}
        aria-label={label}
        {...events}
      >
        <g transform={`translate(${margin.left}, ${margin.top})`}>{children}</g>
      </svg>
      {tip && (
        // Keyed by column so it is measured afresh and flips to stay inside the frame.
        <TooltipWithBounds
          key={tip.index}
          left={margin.left + tip.x}
          top={margin.top + tip.y}
          unstyled
          applyPositionStyle
          className="chart-tip"
        >
          <ChartTooltip title={tip.title} lines={tip.lines} dates={tip.dates} />
        </TooltipWithBounds>
      )}
    </>
  );
}
