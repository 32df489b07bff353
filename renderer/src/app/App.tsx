import { useDatabaseStatus } from '../hooks/useDatabaseStatus';
import { useRoute } from '../hooks/useRoute';
import { useToday } from '../hooks/useToday';
import { HistoryView } from '../history/HistoryView';
import { LockGate } from '../lock/LockGate';
import { lockController } from '../lock/lockSession';
import { useLockView } from '../lock/useLock';
import { SettingsView } from '../settings/SettingsView';
import { TodayView } from '../today/TodayView';
import { BriefRoute, TrendsRoute } from '../trends/lazyViews';
import { DatabaseProblem } from './DatabaseProblem';
import { NavBar } from './NavBar';
import type { Route } from './route';
import type { LocalDate } from '../../../shared';

export function App() {
  const { state, retry } = useDatabaseStatus();
  const [route, navigate] = useRoute();
  const today = useToday();

  if (state.status === 'opening') {
    return (
      <p className="app-loading" role="status">
        Opening your journal…
      </p>
    );
  }
  if (state.status !== 'ready') {
    return <DatabaseProblem state={state} onRetry={retry} />;
  }

  return (
    <LockGate>
      <Journal route={route} navigate={navigate} today={today} />
    </LockGate>
  );
}

/** The views of an open journal; the lock gate unmounts them, and what they hold, when the journal locks. */
function Journal({ route, navigate, today }: { route: Route; navigate: (route: Route) => void; today: LocalDate }) {
  const lock = useLockView();
  const openDay = (date: string) => navigate({ view: 'today', date });
  return (
    <div className="app">
      <NavBar
        current={route.view}
        onNavigate={(view) => navigate(view === 'today' ? { view, date: null } : { view })}
        onLock={lock.status === 'unlocked' ? () => lockController.lock('manual') : undefined}
      />
      <main className="app-main">
        {route.view === 'today' && <TodayView date={route.date ?? today} today={today} onChangeDate={openDay} />}
        {route.view === 'history' && <HistoryView today={today} onOpenDay={openDay} />}
        {route.view === 'settings' && <SettingsView />}
        {route.view === 'trends' && <TrendsRoute today={today} onOpenDay={openDay} />}
        {route.view === 'brief' && <BriefRoute today={today} />}
      </main>
    </div>
  );
}
