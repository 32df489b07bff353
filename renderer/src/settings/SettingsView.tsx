import { useEffect } from 'react';
import type { LocalDate, PathLean } from '../../../shared';
import { LEAN_LABELS } from '../components/leanText';
import { setCustomActivityLean } from '../data/customActivitiesRepository';
import { DecisionSection } from '../decision/DecisionSection';
import { useAppInfo } from '../hooks/useAppInfo';
import { useCustomActivities } from '../hooks/useCustomActivities';
import { useStorageStatus } from '../hooks/useStorageStatus';
import { HabitsSection } from '../habits/HabitsSection';
import { LockSection } from '../lock/LockSection';
import { DataSection } from '../portability/DataSection';
import './settings.css';

function formatBytes(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** Settings; `section` (a route's, such as the nav bar's notice of live-folder changes) is scrolled to and focused. */
export function SettingsView({ today, section }: { today: LocalDate; section: string | null }) {
  const custom = useCustomActivities();
  const storage = useStorageStatus();
  const info = useAppInfo();
  useEffect(() => {
    const target = section ? document.getElementById(`settings-${section}`) : null;
    if (!target) return;
    target.scrollIntoView({ block: 'start' });
    target.focus({ preventScroll: true });
  }, [section]);

  return (
    <div className="settings">
      <h1>Settings</h1>
      <HabitsSection />
      <DecisionSection today={today} />
      <LockSection />
      <DataSection />
      <section className="card" aria-labelledby="own-activities">
        <h2 id="own-activities">Your own activities</h2>
        {custom.length === 0 ? (
          <p className="muted">None yet. Add one from the activity list on any day.</p>
        ) : (
          <ul className="own-activities">
            {custom.map((activity) => (
              <li key={activity.id} className="row">
                <span>{activity.label}</span>
                <select
                  aria-label={`Path that ${activity.label} leans to`}
                  value={activity.lean}
                  onChange={(event) => void setCustomActivityLean(activity.id, event.target.value as PathLean)}
                >
                  {Object.entries(LEAN_LABELS).map(([lean, label]) => (
                    <option key={lean} value={lean}>
                      {label}
                    </option>
                  ))}
                </select>
              </li>
            ))}
          </ul>
        )}
        <p className="muted">Changing a path here changes how every past day with that activity is counted.</p>
      </section>
      <section className="card" aria-labelledby="storage-heading">
        <h2 id="storage-heading">Storage</h2>
        <dl className="facts">
          <dt>Days written</dt>
          <dd>{storage.entries ?? '…'}</dd>
          <dt>Space used</dt>
          <dd>{storage.usageBytes === undefined ? 'unknown' : formatBytes(storage.usageBytes)}</dd>
          <dt>Protected from clean-up</dt>
          <dd>
            {storage.persisted === undefined
              ? 'unknown'
              : storage.persisted
                ? 'Yes: the browser will not clear this journal to save space.'
                : 'No: under disk pressure the browser may clear site data. Keep regular backups.'}
          </dd>
        </dl>
        <p className="muted">
          Everything stays on this computer. Forkcast makes no network requests, has no account and sends no telemetry.
          The look follows your system’s light or dark setting.
        </p>
      </section>
      <section className="card" aria-labelledby="about-heading">
        <h2 id="about-heading">About</h2>
        <p>
          Forkcast {info?.version ?? ''}{' '}
          {info && (info.mode === 'electron' ? '(desktop app)' : '(browser mode: exports arrive as downloads)')}
        </p>
      </section>
    </div>
  );
}
