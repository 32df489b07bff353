import { webDraftStore, type DraftStore } from '../../../renderer/src/today/draftStore';

/** An in-memory Web Storage, as localStorage behaves; `state.full` makes writes throw. */
export function memoryStorage(): { storage: Storage; area: Map<string, string>; state: { full: boolean } } {
  const area = new Map<string, string>();
  const state = { full: false };
  const storage = {
    get length() {
      return area.size;
    },
    key: (index: number) => [...area.keys()][index] ?? null,
    getItem: (key: string) => area.get(key) ?? null,
    setItem: (key: string, value: string) => {
      if (state.full) throw new DOMException('full', 'QuotaExceededError');
      area.set(key, value);
    },
    removeItem: (key: string) => void area.delete(key),
    clear: () => area.clear(),
  } satisfies Storage;
  return { storage, area, state };
}

/** A write-ahead store over an in-memory Web Storage; `state.full` makes writes throw. */
export function memoryDrafts(): DraftStore & { area: Map<string, string>; state: { full: boolean } } {
  const { storage, area, state } = memoryStorage();
  return { ...webDraftStore(() => storage), area, state };
}
