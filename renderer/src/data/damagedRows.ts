import type { DamagedRowError } from './sealedRows';

/**
 * The sealed rows that did not open, as the reads came across them: a
 * tampered or damaged day is named once here and left as it is, and the rest
 * of the journal opens. A row that opens again (rewritten by a restore, say)
 * drops off the list.
 */
let damaged: readonly DamagedRowError[] = [];
const listeners = new Set<() => void>();

const same = (a: DamagedRowError, b: { kind: string; id: string }) => a.kind === b.kind && a.id === b.id;

export function noteDamaged(error: DamagedRowError): void {
  if (damaged.some((known) => same(known, error))) return;
  update([...damaged, error].sort((a, b) => a.id.localeCompare(b.id)));
}

export function noteReadable(kind: DamagedRowError['kind'], id: string): void {
  if (damaged.some((known) => same(known, { kind, id }))) update(damaged.filter((known) => !same(known, { kind, id })));
}

/** Forgets the list, when the journal locks. */
export function forgetDamaged(): void {
  if (damaged.length > 0) update([]);
}

export function damagedRows(): readonly DamagedRowError[] {
  return damaged;
}

export function onDamagedChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function update(next: readonly DamagedRowError[]): void {
  damaged = next;
  for (const listener of listeners) listener();
}
