import type { PathReport } from './types';

const signed = (value: number) => `${value > 0 ? '+' : value < 0 ? '−' : ''}${Math.abs(value).toFixed(2)}`;
const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

function trendClause(report: PathReport): string {
  switch (report.trend.direction) {
    case 'toward-architecture':
      return ', and lately it is moving toward architecture';
    case 'toward-management':
      return ', and lately it is moving toward management';
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
      return `Too early to tell: ${plural(evidence.entries, 'day')} written so far, and a lean needs at least ${thresholds.minEntries}.`;
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
