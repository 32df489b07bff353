import { isLocalDate, isWeekId, type LocalDate, type WeekId } from '../../../shared';

/** The views of the app; the hash keeps the place across reloads. */
export type Route =
  | { view: 'today'; date: LocalDate | null }
  | { view: 'history' }
  /** The weekly reviews; `week` opens one. */
  | { view: 'reviews'; week: WeekId | null }
  | { view: 'trends' }
  | { view: 'brief' }
  /** Settings; `section` scrolls to one part of it (`live-folder`). */
  | { view: 'settings'; section: string | null }
  | { view: 'help' }
  /** The quick-capture window's page: today's day kind and one line. */
  | { view: 'capture' }
  /** How the numbers are read; `section` scrolls to one part of it. */
  | { view: 'method'; section: string | null };

export type ViewName = Route['view'];

/** Parses `#/today/2026-11-25`, `#/history` and so on; anything else is Today. */
export function parseRoute(hash: string): Route {
  const [view, param] = hash.replace(/^#\/?/, '').split('/');
  switch (view) {
    case 'history':
    case 'trends':
    case 'brief':
    case 'help':
    case 'capture':
      return { view };
    case 'today':
      return { view: 'today', date: param && isLocalDate(param) ? param : null };
    case 'reviews':
      return { view: 'reviews', week: param && isWeekId(param) ? param : null };
    case 'method':
    case 'settings':
      return { view, section: param && /^[a-z-]{1,40}$/.test(param) ? param : null };
    default:
      return { view: 'today', date: null };
  }
}

/** A view's route without its parameters, as the nav bar opens it. */
export function routeFor(view: ViewName): Route {
  if (view === 'today') return { view, date: null };
  if (view === 'method' || view === 'settings') return { view, section: null };
  if (view === 'reviews') return { view, week: null };
  return { view };
}

export function routeToHash(route: Route): string {
  if (route.view === 'today' && route.date) return `#/today/${route.date}`;
  if (route.view === 'reviews' && route.week) return `#/reviews/${route.week}`;
  if ((route.view === 'method' || route.view === 'settings') && route.section) {
    return `#/${route.view}/${route.section}`;
  }
  return `#/${route.view}`;
}
