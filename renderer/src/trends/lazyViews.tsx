import { useEffect, useState } from 'react';
import type { LocalDate } from '../../../shared';

/**
 * Trends and the brief carry the chart library, the method page the
 * analysis's thresholds, and Settings the importers, the zip and yaml code
 * and the backup's, so they load on first visit.
 * Not through React.lazy: a Suspense boundary that has shown its fallback
 * holds the finished view back for up to 300 ms (React batches reveals), which
 * was a third of the time to open Trends. A module loaded once stays loaded.
 */
const loadTrends = () => import('./TrendsView');
const loadBrief = () => import('../brief/BriefView');
const loadMethod = () => import('../method/MethodView');
const loadSettings = () => import('../settings/SettingsView');

function useModule<T>(load: () => Promise<T>, loaded: { current: T | null }): T | null {
  const [module, setModule] = useState(loaded.current);
  useEffect(() => {
    if (module) return;
    let current = true;
    void load().then((value) => {
      loaded.current = value;
      if (current) setModule(value);
    });
    return () => {
      current = false;
    };
  }, [load, loaded, module]);
  return module;
}

const trends: { current: Awaited<ReturnType<typeof loadTrends>> | null } = { current: null };
const brief: { current: Awaited<ReturnType<typeof loadBrief>> | null } = { current: null };
const method: { current: Awaited<ReturnType<typeof loadMethod>> | null } = { current: null };
const settings: { current: Awaited<ReturnType<typeof loadSettings>> | null } = { current: null };

function Loading() {
  return (
    <p className="muted" role="status">
      Loading…
    </p>
  );
}

export function TrendsRoute(props: { today: LocalDate; onOpenDay: (date: LocalDate) => void }) {
  const module = useModule(loadTrends, trends);
  return module ? <module.TrendsView {...props} /> : <Loading />;
}

export function BriefRoute(props: { today: LocalDate }) {
  const module = useModule(loadBrief, brief);
  return module ? <module.BriefView {...props} /> : <Loading />;
}

export function MethodRoute(props: { section: string | null }) {
  const module = useModule(loadMethod, method);
  return module ? <module.MethodView {...props} /> : <Loading />;
}

export function SettingsRoute(props: { today: LocalDate; section: string | null }) {
  const module = useModule(loadSettings, settings);
  return module ? <module.SettingsView {...props} /> : <Loading />;
}
