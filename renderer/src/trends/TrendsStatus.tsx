import type { TrendsState } from './useTrends';

/** What Trends and the brief show while the journal is read, or when reading it failed. */
export function TrendsStatus({ trends }: { trends: TrendsState }) {
  if (trends.status === 'loading') {
    return (
      <p className="muted" role="status">
        Reading your journal…
      </p>
    );
  }
  if (trends.status === 'failed') {
    return (
      <p className="error-text" role="alert">
        {trends.message}
      </p>
    );
  }
  return null;
}
