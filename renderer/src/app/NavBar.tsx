import type { ViewName } from './route';

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
}

export function NavBar({ current, onNavigate, onLock }: Props) {
  return (
    <nav className="nav" aria-label="Views">
      <span className="nav-brand" aria-hidden="true">
        <img src="./icon.svg" alt="" width="22" height="22" /> Forkcast
      </span>
      {VIEWS.map(({ view, label }) => (
        <button
          key={view}
          type="button"
          className="nav-item"
          aria-current={current === view ? 'page' : undefined}
          onClick={() => onNavigate(view)}
        >
          {label}
        </button>
      ))}
      {onLock && (
        <button type="button" className="nav-item nav-lock" onClick={onLock} title="Lock the journal now">
          <span aria-hidden="true">🔒</span> Lock
        </button>
      )}
    </nav>
  );
}
