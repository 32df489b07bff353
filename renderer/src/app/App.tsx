import { useDatabaseStatus } from '../hooks/useDatabaseStatus';
import { useRoute } from '../hooks/useRoute';
import { useToday } from '../hooks/useToday';
import { HistoryView } from '../history/HistoryView';
import { SettingsView } from '../settings/SettingsView';
import { DraftClashes } from '../today/DraftClashes';
import { TodayView } from '../today/TodayView';
import { useDraftRecovery } from '../today/useDraftRecovery';
import { BriefRoute, MethodRoute, TrendsRoute } from '../trends/lazyViews';
import { DatabaseProblem } from './DatabaseProblem';
import { NavBar } from './NavBar';
import { routeFor } from './route';

export function App() {
  const { state, retry } = useDatabaseStatus();
  const [route, navigate] = useRoute();
  const today = useToday();
  const draftClashes = useDraftRecovery(
    state.status === 'ready',
    route.view === 'today' ? (route.date ?? today) : null,
  );

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

  const openDay = (date: string) => navigate({ view: 'today', date });
  return (
    <div className="app">
      <NavBar current={route.view} onNavigate={(view) => navigate(routeFor(view))} />
      <main className="app-main">
        <DraftClashes dates={draftClashes} onOpenDay={openDay} />
        {route.view === 'today' && <TodayView date={route.date ?? today} today={today} onChangeDate={openDay} />}
        {route.view === 'history' && <HistoryView today={today} onOpenDay={openDay} />}
        {route.view === 'settings' && <SettingsView />}
        {route.view === 'trends' && <TrendsRoute today={today} onOpenDay={openDay} />}
        {route.view === 'brief' && <BriefRoute today={today} />}
        {route.view === 'method' && <MethodRoute section={route.section} />}
      </main>
    </div>
  );
}
