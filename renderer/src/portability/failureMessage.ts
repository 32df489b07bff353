import { describeStorageError, ValidationError } from '../data/errors';

/** A sentence for a failed export, import, backup or restore; the journal itself is unchanged. */
export function failureMessage(error: unknown, action: string): string {
  if (error instanceof ValidationError) return error.message;
  // Dexie's errors carry telling names (QuotaExceededError…); plain errors come from elsewhere.
  if (error instanceof Error && error.name !== 'Error' && error.name !== 'TypeError')
    return describeStorageError(error);
  const detail = error instanceof Error && error.message ? ` (${error.message})` : '';
  return `${action} did not work${detail}. Your journal was not changed.`;
}

export { plural } from '../../../shared/words';
