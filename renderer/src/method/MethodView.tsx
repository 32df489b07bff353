import { useEffect } from 'react';
import { routeToHash } from '../app/route';
import { METHOD_SECTIONS, MethodSections } from './MethodSections';
import './method.css';

/**
 * How Forkcast reads the journal: the lean's scale, the plausible range, the
 * confidence words, the trend and the lists, in plain words. Trends and the
 * brief link here (to a section when they can); the Help view links here too.
 */
export function MethodView({ section }: { section: string | null }) {
  useEffect(() => {
    const target = section ? document.getElementById(`method-${section}`) : null;
    if (!target) return;
    target.scrollIntoView({ block: 'start' });
    // Moving focus too puts keyboard and screen-reader users where the link promised.
    target.focus({ preventScroll: true });
  }, [section]);

  return (
    <div className="page method">
      <header className="page-header">
        <h1>How Forkcast reads your journal</h1>
        <p className="row">
          <a href={routeToHash({ view: 'trends' })}>Back to Trends</a>
          <a href={routeToHash({ view: 'brief' })}>Back to the brief</a>
        </p>
      </header>
      <p className="method-intro">
        Forkcast only says what your days show. This page explains the numbers on Trends and in the brief: what the lean
        measures, when a path is named, and when Forkcast deliberately says nothing.
      </p>
      <nav className="card method-contents" aria-label="On this page">
        <ol>
          {METHOD_SECTIONS.map(({ id, title }) => (
            <li key={id}>
              <a href={routeToHash({ view: 'method', section: id })}>{title}</a>
            </li>
          ))}
        </ol>
      </nav>
      <MethodSections />
    </div>
  );
}
