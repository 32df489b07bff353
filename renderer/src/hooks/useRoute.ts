import { useCallback, useSyncExternalStore } from 'react';
import { parseRoute, routeToHash, type Route } from '../app/route';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

const currentHash = () => window.location.hash;

/** The current view from the URL hash, and a function to go elsewhere. */
export function useRoute(): [Route, (route: Route) => void] {
  const hash = useSyncExternalStore(subscribe, currentHash);
  const navigate = useCallback((route: Route) => {
    window.location.hash = routeToHash(route);
  }, []);
  return [parseRoute(hash), navigate];
}
