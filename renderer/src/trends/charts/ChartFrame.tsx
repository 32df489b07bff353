import type { ReactNode, SVGProps } from 'react';
import { TooltipWithBounds } from '@visx/tooltip';
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

/** Where the tooltip points, in the frame's pixels, and what it says. */
export interface TipAt {
  index: number;
  left: number;
  top: number;
  content: ReactNode;
}

interface SvgProps {
  width: number;
  height: number;
  /** What the chart shows, for screen readers. */
  label: string;
  /** The handlers from useChartColumns; without them the chart is a picture only. */
  events: SVGProps<SVGSVGElement> | undefined;
  tip: TipAt | null;
  children: ReactNode;
}

/**
 * The chart's svg and its one tooltip, inside a ChartFrame. The viewBox lets
 * the svg shrink with its box (as on a narrower printed page) rather than
 * overflow it until it is measured again.
 */
export function ChartSvg({ width, height, label, events, tip, children }: SvgProps) {
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
        {children}
      </svg>
      {tip && (
        // Keyed by column so it is measured afresh and flips to stay inside the frame.
        <TooltipWithBounds
          key={tip.index}
          left={tip.left}
          top={tip.top}
          unstyled
          applyPositionStyle
          className="chart-tip"
        >
          {tip.content}
        </TooltipWithBounds>
      )}
    </>
  );
}
