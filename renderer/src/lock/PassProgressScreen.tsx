import type { LockView } from './lockController';
import { lockController } from './lockSession';

/** The pass that encrypts or decrypts every day, with counts; a failure offers to go on. */
export function PassProgressScreen({ view }: { view: Extract<LockView, { status: 'passing' }> }) {
  const { direction, progress, failure } = view;
  const verb = direction === 'on' ? 'Encrypting' : 'Decrypting';
  return (
    <main className="lock-screen" aria-labelledby="pass-heading">
      <h1 id="pass-heading">{verb} your journal</h1>
      <p className="muted">
        Keep Forkcast open until this finishes. If it stops (the computer sleeps, the app closes), nothing is lost:
        every day stays readable with your passphrase, and the rest is done the next time you unlock.
      </p>
      <p role="status">
        <progress aria-label={`${verb} progress`} value={progress?.done} max={progress?.total} />{' '}
        {progress
          ? `${verb} ${progress.done.toLocaleString('en')} of ${progress.total.toLocaleString('en')} days…`
          : 'Getting ready…'}
      </p>
      {failure && (
        <>
          <p role="alert" className="error-text">
            {failure}
          </p>
          <button type="button" className="primary" onClick={() => void lockController.retryPass()}>
            Try again
          </button>
        </>
      )}
    </main>
  );
}
