import type { ReactNode } from 'react';
import { routeToHash } from '../app/route';

/** A link to the page that explains the numbers, optionally to one of its sections. */
export function MethodLink({ section, children }: { section?: string; children: ReactNode }) {
  return (
    <a className="method-link no-print" href={routeToHash({ view: 'method', section: section ?? null })}>
      {children}
    </a>
  );
}
