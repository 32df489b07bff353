import type { ViewName } from './route';

/** Something waiting in a view: a small count beside its name, whose words join the item's accessible name. */
export interface NavNotice {
  view: ViewName;
  count: number;
  /** Finishes "Settings, …": "2 files changed in the live folder, to review". */
  description: string;
  /** Opens the view where the waiting thing is, instead of the view's top. */
  onOpen: () => void;
}

const VIEWS: { view: ViewName; label: string }[] = [
  { view: 'today', label: 'Today' },
  { view: 'history', label: 'History' },
  { view: 'reviews', label: 'Reviews' },
  { view: 'trends', label: 'Trends' },
  { view: 'brief', label: 'Brief' },
  { view: 'settings', label: 'Settings' },
  { view: 'help', label: 'Help' },
];

interface Props {
  current: ViewName;
  onNavigate: (view: ViewName) => void;
  /** Present while the journal has a lock and is open: locks it now. */
  onLock?: () => void;
  notice?: NavNotice;
}

export function NavBar({ current, onNavigate, onLock, notice }: Props) {
  return (
    <nav className="nav" aria-label="Views">
      <span className="nav-brand" aria-hidden="true">
        <img src="./icon.svg" alt="" width="22" height="22" /> Forkcast
      </span>
      {VIEWS.map(({ view, label }) => {
        const waiting = notice?.view === view && notice.count > 0 ? notice : null;
        return (
          <button
            key={view}
            type="button"
            className="nav-item"
            aria-current={current === view ? 'page' : undefined}
            title={waiting ? `${label}: ${waiting.description}` : undefined}
            onClick={waiting ? waiting.onOpen : () => onNavigate(view)}
          >
            {label}
            {waiting && (
              <>
                <span className="nav-badge" aria-hidden="true">
                  {waiting.count}
                </span>
                <span className="visually-hidden">, {waiting.description}</span>
              </>
            )}
          </button>
        );
      })}
      {onLock && (
        <button type="button" className="nav-item nav-lock" onClick={onLock} title="Lock the journal now">
          <span aria-hidden="true">🔒</span> Lock
        </button>
      )}
    </nav>
  );
}
