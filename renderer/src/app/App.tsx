import { useCallback, useRef } from 'react';
import type { LocalDate } from '../../../shared';
import { CaptureView } from '../habits/CaptureView';
import { useDayReport } from '../habits/useDayReport';
import { HelpView } from '../help/HelpView';
import { useWelcome } from '../help/useWelcome';
import { WelcomeDialog } from '../help/WelcomeDialog';
import { useDatabaseStatus } from '../hooks/useDatabaseStatus';
import { useRoute } from '../hooks/useRoute';
import { useToday } from '../hooks/useToday';
import { HistoryView } from '../history/HistoryView';
import { plural } from '../portability/failureMessage';
import { useLiveFolderChanged, useLiveFolderMirror } from '../portability/useLiveFolder';
import { ReviewsView } from '../review/ReviewsView';
import { LockGate } from '../lock/LockGate';
import { lockController } from '../lock/lockSession';
import { useLockView } from '../lock/useLock';
import { DraftClashes } from '../today/DraftClashes';
import { DamagedRows } from './DamagedRows';
import { TodayView } from '../today/TodayView';
import { useDraftRecovery } from '../today/useDraftRecovery';
import { BriefRoute, MethodRoute, SettingsRoute, TrendsRoute } from '../trends/lazyViews';
import { DatabaseProblem } from './DatabaseProblem';
import { NavBar } from './NavBar';
import { routeFor, type Route } from './route';

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
  // The quick-capture window never holds the journal's key (only the main
  // window unlocks), so it stays outside the lock gate and says so itself.
  if (route.view === 'capture') {
    return (
      <main className="app-capture">
        <CaptureView today={today} onDone={() => navigate({ view: 'today', date: null })} />
      </main>
    );
  }
  return (
    <LockGate>
      <Journal route={route} navigate={navigate} today={today} />
    </LockGate>
  );
}

interface JournalProps {
  route: Route;
  navigate: (route: Route) => void;
  today: LocalDate;
}

/**
 * The views of an open (and, with a lock, unlocked) journal. The lock gate
 * unmounts them when the journal locks, and with them everything they hold;
 * saving the drafts a closed page left behind waits until it opens.
 */
function Journal({ route, navigate, today }: JournalProps) {
  const lock = useLockView();
  const draftClashes = useDraftRecovery(true, route.view === 'today' ? (route.date ?? today) : null);
  const welcome = useWelcome(true);
  const main = useRef<HTMLElement>(null);
  const openToday = useCallback(() => navigate({ view: 'today', date: null }), [navigate]);
  useDayReport(true, today, openToday);
  useLiveFolderMirror();
  const folderChanged = useLiveFolderChanged();
  const openDay = (date: string) => navigate({ view: 'today', date });
  const focusMain = () => main.current?.focus();
  return (
    <div className="app">
      {/* A button, not a #link: the hash is the app's route. */}
      <button type="button" className="skip-link" onClick={focusMain}>
        Skip to the content
      </button>
      <NavBar
        current={route.view}
        onNavigate={(view) => navigate(routeFor(view))}
        onLock={lock.status === 'unlocked' ? () => lockController.lock('manual') : undefined}
        notice={{
          view: 'settings',
          count: folderChanged,
          description: `${plural(folderChanged, 'file')} changed in the live folder, to review`,
          onOpen: () => navigate({ view: 'settings', section: 'live-folder' }),
        }}
      />
      <main className="app-main" id="main" ref={main} tabIndex={-1}>
        <DraftClashes dates={draftClashes} onOpenDay={openDay} />
        <DamagedRows onOpenDay={openDay} />
        {route.view === 'today' && (
          <TodayView
            date={route.date ?? today}
            today={today}
            onChangeDate={openDay}
            onOpenHelp={() => navigate({ view: 'help' })}
            onOpenReview={(week) => navigate({ view: 'reviews', week })}
          />
        )}
        {route.view === 'reviews' && (
          <ReviewsView
            today={today}
            week={route.week}
            onOpenWeek={(week) => navigate({ view: 'reviews', week })}
            onOpenDay={openDay}
          />
        )}
        {route.view === 'history' && <HistoryView today={today} onOpenDay={openDay} />}
        {route.view === 'settings' && <SettingsRoute today={today} section={route.section} />}
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
