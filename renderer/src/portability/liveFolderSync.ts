import type {
  CustomActivity,
  DecisionPlan,
  Entry,
  ExportConflict,
  ForkcastBridge,
  LiveFolderWrite,
  LiveFolderWriteResponse,
  LocalDate,
  Review,
} from '../../../shared';
import type { JournalChange } from '../data/journalChanges';
import { failureMessage, plural } from './failureMessage';

/**
 * The live folder as this window keeps it: every save's days (and weekly
 * reviews, and decision plan), this window's or the quick-capture window's
 * (otherWindowDays.ts), go to main a moment after the typing pauses (main
 * writes them by the export's rules), and the whole journal goes when the
 * folder is chosen and each time the journal opens, so nothing saved while
 * it was closed or locked, or lost to a failed write, stays behind for long.
 */

export type LiveFolderState =
  | { status: 'loading' }
  | { status: 'unavailable'; message: string }
  | { status: 'off'; message: string | null }
  | {
      status: 'on';
      folder: string;
      writing: boolean;
      /** What the last write did, for the user; null before the first. */
      lastWrite: string | null;
      /** Why the last write did not finish; the next save tries again, with the whole journal. */
      problem: string | null;
      warnings: string[];
      /** Files other apps changed in the folder, awaiting the user's review. */
      changed: number;
      /** Files left alone in the folder, to resolve under `session` like an export's. */
      conflicts: ExportConflict[];
      session: string | null;
    };

type IndexDay = NonNullable<LiveFolderWrite['index']>[number];
const indexDay = ({ date, dayKind, energy }: Entry): IndexDay => ({ date, dayKind, energy });

export interface LiveFolderDeps {
  bridge: Pick<
    ForkcastBridge,
    'getLiveFolder' | 'chooseLiveFolder' | 'stopLiveFolder' | 'writeLiveFolder' | 'onLiveFolderChanged'
  >;
  loadJournal: () => Promise<{
    entries: Entry[];
    customActivities: CustomActivity[];
    reviews: Review[];
    decision: DecisionPlan | null;
  }>;
  loadCustomActivities: () => Promise<CustomActivity[]>;
  onJournalChange: (listener: (change: JournalChange) => void) => () => void;
  /** How long after the last change the days are written, and the longest a change waits while saves keep coming. */
  quietMs: number;
  maxWaitMs: number;
  now: () => Date;
}

/** Tells what one write did, in a sentence; never "up to date" while a file was left alone. */
function describeWrite(response: Extract<LiveFolderWriteResponse, { status: 'saved' }>, at: Date): string {
  const time = at.toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' });
  const changed = response.written + response.removed;
  const parts = changed > 0 ? [`${plural(response.written, 'file')} written`] : [];
  if (response.removed > 0) parts.push(`${plural(response.removed, 'file')} of deleted days removed`);
  const left = response.conflicts.length;
  if (left > 0) {
    const done = parts.length > 0 ? `${parts.join(', ')} at ${time}` : `Nothing written at ${time}`;
    return `${done}; ${plural(left, 'file')} left alone (listed below).`;
  }
  return parts.length > 0 ? `Up to date at ${time}: ${parts.join(', ')}.` : `Up to date at ${time}.`;
}

export function createLiveFolderSync(deps: LiveFolderDeps) {
  let state: LiveFolderState = { status: 'loading' };
  const listeners = new Set<() => void>();
  const set = (next: LiveFolderState) => {
    state = next;
    for (const listener of listeners) listener();
  };
  const update = (change: Partial<Extract<LiveFolderState, { status: 'on' }>>) => {
    if (state.status === 'on') set({ ...state, ...change });
  };

  /** Every day of the journal as index.md shows it, once a full write has read them; null until then. */
  let index: Map<LocalDate, IndexDay> | null = null;
  let customActivities: CustomActivity[] = [];
  /** Days, weekly reviews (by week) and the decision plan changed since the last write went out. */
  let pending = new Map<LocalDate, Entry | null>();
  let pendingReviews = new Map<string, Review>();
  let pendingDecision: DecisionPlan | null = null;
  const nothingPending = () => pending.size === 0 && pendingReviews.size === 0 && pendingDecision === null;
  const clearPending = () => {
    pending = new Map();
    pendingReviews = new Map();
    pendingDecision = null;
  };
  /** The next write must be of the whole journal: on start, after a restore, after a failed write. */
  let needsFull = true;
  let running = false;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let firstPendingAt: number | null = null;
  let unsubscribe: (() => void)[] = [];
  let writing: Promise<void> = Promise.resolve();

  const clearTimer = () => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
  };

  function schedule(): void {
    if (state.status !== 'on') return;
    const at = deps.now().getTime();
    firstPendingAt ??= at;
    clearTimer();
    const wait = Math.max(0, Math.min(deps.quietMs, firstPendingAt + deps.maxWaitMs - at));
    timer = setTimeout(() => void flush(), wait);
  }

  /** Sends what is pending (or the whole journal), one write at a time. */
  function flush(): Promise<void> {
    clearTimer();
    firstPendingAt = null;
    writing = writing.then(send, send);
    return writing;
  }

  async function send(): Promise<void> {
    if (state.status !== 'on' || (!needsFull && nothingPending())) return;
    let request: LiveFolderWrite;
    update({ writing: true });
    try {
      if (needsFull || index === null) {
        needsFull = false;
        clearPending();
        const journal = await deps.loadJournal();
        customActivities = journal.customActivities;
        index = new Map(journal.entries.map((entry) => [entry.date, indexDay(entry)]));
        request = {
          entries: journal.entries,
          customActivities,
          removed: [],
          index: [...index.values()],
          full: true,
          reviews: journal.reviews,
          ...(journal.decision ? { decision: journal.decision } : {}),
        };
      } else {
        const days = pending;
        const reviews = [...pendingReviews.values()];
        const decision = pendingDecision;
        const journal = index;
        clearPending();
        customActivities = await deps.loadCustomActivities().catch(() => customActivities);
        let indexChanged = false;
        for (const [date, entry] of days) {
          const before = journal.get(date);
          if (entry) {
            const after = indexDay(entry);
            indexChanged ||= before?.dayKind !== after.dayKind || before?.energy !== after.energy;
            journal.set(date, after);
          } else if (journal.delete(date)) indexChanged = true;
        }
        const entries = [...days.values()].filter((entry): entry is Entry => entry !== null);
        const removed = [...days].filter(([, entry]) => entry === null).map(([date]) => date);
        // Most saves change only words: index.md then stays as it is, and 10,000 days need not cross.
        request = {
          entries,
          customActivities,
          removed,
          index: indexChanged ? [...journal.values()] : null,
          full: false,
          reviews,
          ...(decision ? { decision } : {}),
        };
      }
    } catch (error) {
      needsFull = true;
      update({ writing: false, problem: failureMessage(error, 'Reading your journal for the live folder') });
      return;
    }
    let response: LiveFolderWriteResponse;
    try {
      response = await deps.bridge.writeLiveFolder(request);
    } catch (error) {
      response = { status: 'failed', message: failureMessage(error, 'Writing the live folder') };
    }
    if (response.status === 'off') return set({ status: 'off', message: null });
    if (response.status === 'saved') {
      const { conflicts, session, warnings } = response;
      return update({
        writing: false,
        lastWrite: describeWrite(response, deps.now()),
        problem: null,
        warnings,
        conflicts,
        session,
      });
    }
    // Whatever did not go out goes with the whole journal next time.
    needsFull = true;
    const problem =
      response.status === 'partial'
        ? `The last write stopped part-way: ${response.message} ${plural(response.notWritten.length, 'file')} still hold${response.notWritten.length === 1 ? 's' : ''} the previous version; the next save tries again.`
        : `${response.message} The next save tries again.`;
    update({ writing: false, problem });
  }

  function onChange(change: JournalChange): void {
    // Until the folder is on, the first write is of the whole journal anyway.
    if (state.status !== 'on') return;
    if (change === 'all') needsFull = true;
    else {
      for (const [date, entry] of change.days) pending.set(date, entry);
      for (const review of change.reviews ?? []) pendingReviews.set(review.week, review);
      if (change.decision) pendingDecision = change.decision;
    }
    schedule();
  }

  const turnOn = (folder: string) => {
    needsFull = true;
    set({
      status: 'on',
      folder,
      writing: false,
      lastWrite: null,
      problem: null,
      warnings: [],
      changed: 0,
      conflicts: [],
      session: null,
    });
    return flush();
  };

  return {
    getState: (): LiveFolderState => state,
    subscribe(listener: () => void): () => void {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },

    /** Starts following the journal's changes (the journal is open), and writes it all when the folder is on. */
    async start(): Promise<void> {
      if (running) return;
      running = true;
      unsubscribe = [
        deps.onJournalChange(onChange),
        deps.bridge.onLiveFolderChanged(({ changed }) => update({ changed })),
      ];
      try {
        const current = await deps.bridge.getLiveFolder();
        if (!running) return;
        if (current.status === 'on') await turnOn(current.folder);
        else set(current.status === 'off' ? { status: 'off', message: null } : current);
      } catch (error) {
        set({ status: 'off', message: failureMessage(error, 'Checking the live folder') });
      }
    },

    /** Stops following changes (the journal closes or locks); what is pending goes out now, with the days already read. */
    async stop(): Promise<void> {
      running = false;
      for (const stop of unsubscribe) stop();
      unsubscribe = [];
      if (!nothingPending() && !needsFull) await flush();
      clearTimer();
    },

    /** Asks for a folder; once chosen, the whole journal is written into it. */
    async choose(): Promise<void> {
      const before = state;
      try {
        const chosen = await deps.bridge.chooseLiveFolder();
        if (chosen.status === 'on') await turnOn(chosen.folder);
        else if (chosen.status === 'failed') {
          if (before.status === 'on') update({ problem: chosen.message });
          else set({ status: 'off', message: chosen.message });
        }
      } catch (error) {
        set({ status: 'off', message: failureMessage(error, 'Choosing the folder') });
      }
    },

    /** Stops writing; the folder keeps every file as it is. */
    async turnOff(): Promise<void> {
      clearTimer();
      try {
        const answer = await deps.bridge.stopLiveFolder();
        if (answer.status === 'failed') return update({ problem: answer.message });
        clearPending();
        index = null;
        needsFull = true;
        set({ status: 'off', message: 'Forkcast no longer writes into that folder; its files stay as they are.' });
      } catch (error) {
        update({ problem: failureMessage(error, 'Turning the live folder off') });
      }
    },

    /** Writes what is pending now (for tests and benchmarks, which wait for it rather than for a timer). */
    flush,
  };
}

export type LiveFolderSync = ReturnType<typeof createLiveFolderSync>;
