/**
 * Turns a storage failure into a sentence a user can act on. `during` says
 * whether the journal was being opened or written, since the same browser
 * error means different things to the user in each case.
 */
export function describeStorageError(error: unknown, during: 'open' | 'write' = 'write'): string {
  const name = error instanceof Error ? error.name : '';
  const inner =
    error instanceof Error && 'inner' in error && error.inner instanceof Error ? error.inner.name : undefined;
  switch (inner ?? name) {
    case 'QuotaExceededError':
      return 'Your disk or browser storage is full, so this could not be saved. Free some space; your text is kept here until it saves.';
    case 'VersionError':
      return 'This journal was opened by a newer version of Forkcast. Update the app to open it; your entries are untouched.';
    case 'DatabaseClosedError':
      return 'The journal is closed, usually because Forkcast was updated in another window. Reload to continue; your text is kept here.';
    case 'BlockedError':
    case 'OpenFailedError':
      return 'The journal is busy in another Forkcast window that uses an older version. Close that window; nothing has been lost.';
    case 'InvalidStateError':
    case 'UnknownError':
      return during === 'open'
        ? 'The browser refused to open the journal storage (this happens in private windows or when storage is disabled). Your entries have not been touched.'
        : 'The browser’s storage reported an internal error, so this was not saved. Your text is kept here; try again, and restart Forkcast if it keeps failing.';
    // The lock's errors already say what happened and what to do (sealedRows.ts, journalRows.ts).
    case 'ValidationError':
    case 'JournalLockedError':
    case 'LockChangedError':
    case 'DamagedRowError':
      return error instanceof Error ? error.message : 'The entry is not valid.';
    default:
      return `Storage failed${error instanceof Error && error.message ? `: ${error.message}` : ''}. Your text is kept here until it saves.`;
  }
}

/** A write refused before it reached storage because the data was not valid. */
export class ValidationError extends Error {
  override name = 'ValidationError';
}
