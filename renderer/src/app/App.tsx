import { useCallback, useRef } from 'react';
import { CaptureView } from '../habits/CaptureView';
import { useDayReport } from '../habits/useDayReport';
import { HelpView } from '../help/HelpView';
import { useWelcome } from '../help/useWelcome';
import { WelcomeDialog } from '../help/WelcomeDialog';
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
  const ready = state.status === 'ready';
  const draftClashes = useDraftRecovery(ready, route.view === 'today' ? (route.date ?? today) : null);
  const welcome = useWelcome(ready);
  const main = useRef<HTMLElement>(null);
  const openToday = useCallback(() => navigate({ view: 'today', date: null }), [navigate]);
  useDayReport(ready, today, openToday);

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
  if (route.view === 'capture') {
    return (
      <main className="app-capture">
        <CaptureView today={today} onDone={openToday} />
      </main>
    );
  }
  const focusMain = () => main.current?.focus();
  return (
    <div className="app">
      {/* A button, not a #link: the hash is the app's route. */}
      <button type="button" className="skip-link" onClick={focusMain}>
        Skip to the content
      </button>
      <NavBar current={route.view} onNavigate={(view) => navigate(routeFor(view))} />
      <main className="app-main" id="main" ref={main} tabIndex={-1}>
        <DraftClashes dates={draftClashes} onOpenDay={openDay} />
        {route.view === 'today' && (
          <TodayView
            date={route.date ?? today}
            today={today}
            onChangeDate={openDay}
            onOpenHelp={() => navigate({ view: 'help' })}
          />
        )}
        {route.view === 'history' && <HistoryView today={today} onOpenDay={openDay} />}
        {route.view === 'settings' && <SettingsView />}
        {route.view === 'trends' && <TrendsRoute today={today} onOpenDay={openDay} />}
        {route.view === 'brief' && <BriefRoute today={today} />}
        {route.view === 'method' && <MethodRoute section={route.section} />}
        {route.view === 'help' && <HelpView />}
      </main>
      {welcome.due && (
        <WelcomeDialog
          onClose={() => {
            welcome.close();
            focusMain();
          }}
        />
      )}
    </div>
  );
}
