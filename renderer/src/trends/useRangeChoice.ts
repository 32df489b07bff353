import { useSyncExternalStore } from 'react';
import { DEFAULT_RANGE, type RangeChoice } from '../../../shared/trends';

/**
 * The range the user picked, shared by Trends and the brief for the session,
 * so the brief opens on the range they were just looking at.
 */
let choice: RangeChoice = DEFAULT_RANGE;
const listeners = new Set<() => void>();

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function setRangeChoice(next: RangeChoice): void {
  choice = next;
  for (const listener of listeners) listener();
}

export function useRangeChoice(): [RangeChoice, (next: RangeChoice) => void] {
  return [useSyncExternalStore(subscribe, () => choice), setRangeChoice];
}
