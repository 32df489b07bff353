import { isLocalDate, type LocalDate } from '../../../shared';

/** The views of the app; the hash keeps the place across reloads. */
export type Route =
  | { view: 'today'; date: LocalDate | null }
  | { view: 'history' }
  | { view: 'trends' }
  | { view: 'brief' }
  | { view: 'settings' }
  | { view: 'help' };

export type ViewName = Route['view'];

/** Parses `#/today/2026-11-25`, `#/history` and so on; anything else is Today. */
export function parseRoute(hash: string): Route {
  const [view, param] = hash.replace(/^#\/?/, '').split('/');
  switch (view) {
    case 'history':
    case 'trends':
    case 'brief':
    case 'settings':
    case 'help':
      return { view };
    case 'today':
      return { view: 'today', date: param && isLocalDate(param) ? param : null };
    default:
      return { view: 'today', date: null };
  }
}

export function routeToHash(route: Route): string {
  return route.view === 'today' && route.date ? `#/today/${route.date}` : `#/${route.view}`;
}
