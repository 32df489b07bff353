import { RowOpener } from './sealedRows';

/**
 * The lock as this window knows it, and the data key while it is unlocked.
 * The key lives only here, in memory, as a non-extractable CryptoKey; it is
 * dropped on lock, and everything decrypted with it is forgotten with it.
 * The lock controller (lock/lockController.ts) sets it; the repositories read
 * it to open and seal rows; the trends client hands it to its worker.
 */
export type KeyState =
  /** The journal has no lock: rows are read and written in the clear. */
  | { status: 'none' }
  /** The journal is locked and this window holds no key. */
  | { status: 'locked'; keyId: string }
  | { status: 'unlocked'; keyId: string; key: CryptoKey; opener: RowOpener };

let state: KeyState = { status: 'none' };
const listeners = new Set<(state: KeyState) => void>();

export function keyState(): KeyState {
  return state;
}

/** The opener of the unlocked journal, or null. */
export function currentOpener(): RowOpener | null {
  return state.status === 'unlocked' ? state.opener : null;
}

export function setNoLock(): void {
  change({ status: 'none' });
}

export function setLocked(keyId: string): void {
  change({ status: 'locked', keyId });
}

export function setUnlocked(keyId: string, key: CryptoKey): void {
  if (state.status === 'unlocked' && state.key === key) return;
  change({ status: 'unlocked', keyId, key, opener: new RowOpener(key) });
}

/** Called with every change; returns the function that stops it. */
export function onKeyStateChange(listener: (state: KeyState) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function change(next: KeyState): void {
  if (state.status === 'unlocked' && (next.status !== 'unlocked' || next.key !== state.key)) state.opener.forget();
  state = next;
  for (const listener of listeners) listener(next);
}

const writes = new Set<Promise<unknown>>();

/**
 * Registers a write that began with the key state of its start; the lock
 * waits for every such write (a draft flushed as the views close) before it
 * drops the key.
 */
export function trackWrite<T>(write: Promise<T>): Promise<T> {
  writes.add(write);
  const done = () => writes.delete(write);
  write.then(done, done);
  return write;
}

/** Resolves once every tracked write has settled, however it ended. */
export async function writesSettled(): Promise<void> {
  while (writes.size > 0) await Promise.allSettled([...writes]);
}

const openTasks = new Set<(key: CryptoKey) => Promise<void>>();

/**
 * Registers work that must be done with the key before the views open on an
 * unlocked journal (decrypting the write-ahead drafts). Returns the function
 * that removes it.
 */
export function beforeJournalOpens(task: (key: CryptoKey) => Promise<void>): () => void {
  openTasks.add(task);
  return () => openTasks.delete(task);
}

/** Runs every registered task with `key`; a task that fails leaves its part closed, not the journal. */
export async function runBeforeOpen(key: CryptoKey): Promise<void> {
  await Promise.all([...openTasks].map((task) => task(key).catch(() => undefined)));
}
