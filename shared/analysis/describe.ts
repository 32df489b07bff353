import { plural, signed } from '../words';
import type { PathReport } from './types';

function trendClause(report: PathReport): string {
  const weeks = plural(report.thresholds.trendWeeks, 'week');
  switch (report.trend.direction) {
    case 'toward-architecture':
      return `, and over your last ${weeks} written it has moved toward architecture`;
    case 'toward-management':
      return `, and over your last ${weeks} written it has moved toward management`;
    default:
      return '';
  }
}

/** One plain sentence summing up a report, for the Trends view and the decision brief. */
export function describeLean(report: PathReport): string {
  const { evidence, thresholds } = report;
  const range = `plausible range ${signed(report.band[0])} to ${signed(report.band[1])}`;
  const days = plural(evidence.entries, 'day');
  switch (report.status) {
    case 'too-early':
      return `Too early to tell: ${days} written so far, and a lean needs at least ${thresholds.minEntries}.`;
    case 'architecture':
      return `Leaning toward architecture: system-shaping work has felt better than people work over ${days} (lean ${signed(report.lean)}, ${range})${trendClause(report)}.`;
    case 'management':
      return `Leaning toward management: people work has felt better than system-shaping work over ${days} (lean ${signed(report.lean)}, ${range})${trendClause(report)}.`;
    case 'unclear': {
      const { management, architecture } = evidence;
      if (Math.min(management.entries, architecture.entries) < thresholds.minSideEntries) {
        const missing =
          Math.max(management.entries, architecture.entries) < thresholds.minSideEntries
            ? 'some days with people work and some with system-shaping work,'
            : management.entries < architecture.entries
              ? 'a few more days with people work'
              : 'a few more days with system-shaping work';
        return `No lean yet: log ${missing} so the two can be compared${trendClause(report)}.`;
      }
      return `No clear lean yet: over ${days} neither kind of work has clearly felt better (lean ${signed(report.lean)}, ${range})${trendClause(report)}.`;
    }
  }
}
