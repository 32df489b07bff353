import type { DateRange } from '../../../shared/trends/types';
import { DATABASE_NAME, SCHEMA_VERSION, STORES } from './databaseNames';
import type { CustomActivityRow, DecisionRow, EntryRow } from './sealedRows';

/**
 * What the trends need from the journal: the days of a range, the user's own
 * activities and the decision plan (for its experiments), as stored (sealed once locked).
 */
export interface JournalSlice {
  entries: EntryRow[];
  customActivities: CustomActivityRow[];
  /** Null when there is none, or the journal predates the store (schema v5). */
  decision: DecisionRow | null;
}

/** Said when there is no journal database to read; the reader never creates one. */
export const JOURNAL_NOT_OPEN = 'The journal is not open yet, so there is nothing to read';

/** Said when a newer Forkcast has upgraded the journal past what this one understands. */
export const JOURNAL_TOO_NEW =
  'This journal was opened by a newer version of Forkcast. Update the app to read it; your entries are untouched';

/**
 * Reads the journal with plain IndexedDB, for the trends worker: Dexie would
 * triple the worker's size for two reads. It only reads. It opens whatever
 * version the database has, so it never upgrades one, and when there is no
 * database it aborts the creation IndexedDB starts and reports that instead.
 * When another connection wants to upgrade or delete the database it closes
 * at once, so it never blocks that, and the next read reopens.
 *
 * Records come back as stored: the same trust Dexie's typed tables gave, as
 * only the validated writes of the repositories put them there. A journal of
 * a newer schema than this build knows is refused rather than misread.
 */
export class JournalReader {
  private connection: Promise<IDBDatabase> | null = null;

  constructor(
    private readonly name = DATABASE_NAME,
    private readonly factory: () => IDBFactory = () => indexedDB,
  ) {}

  /** Opens the connection ahead of the first read; a failure is left for that read to report. */
  warm(): void {
    this.open().catch(() => undefined);
  }

  /**
   * The days of `range`, both ends included, in date order, every custom
   * activity and the decision plan: one readonly transaction.
   */
  async read(range: DateRange): Promise<JournalSlice> {
    const database = await this.open();
    return new Promise<JournalSlice>((resolve, reject) => {
      const stores: string[] = [STORES.entries, STORES.customActivities];
      const hasDecision = database.objectStoreNames.contains(STORES.decision);
      if (hasDecision) stores.push(STORES.decision);
      const transaction = database.transaction(stores, 'readonly');
      // IDBKeyRange.bound throws for a backwards range; Dexie answered it with no days, and so does this.
      const backwards = range.from !== null && range.from > range.to;
      const entries: IDBRequest<unknown[]> | null = backwards
        ? null
        : transaction
            .objectStore(STORES.entries)
            .getAll(range.from === null ? IDBKeyRange.upperBound(range.to) : IDBKeyRange.bound(range.from, range.to));
      const customActivities: IDBRequest<unknown[]> = transaction.objectStore(STORES.customActivities).getAll();
      // The plan's one row, by its fixed key (DECISION_PLAN_ID, not imported: it would bring zod along).
      const decision: IDBRequest<unknown> | null = hasDecision
        ? transaction.objectStore(STORES.decision).get('decision')
        : null;
      transaction.oncomplete = () =>
        resolve({
          entries: (entries?.result ?? []) as EntryRow[],
          customActivities: customActivities.result as CustomActivityRow[],
          decision: (decision?.result ?? null) as DecisionRow | null,
        });
      transaction.onabort = () => reject(transaction.error ?? new Error('Reading the journal was interrupted'));
    });
  }

  /** Closes the connection, if any; the next read opens a new one. */
  close(): void {
    const connection = this.connection;
    this.connection = null;
    void connection?.then((database) => database.close()).catch(() => undefined);
  }

  private open(): Promise<IDBDatabase> {
    if (this.connection) return this.connection;
    const opening = new Promise<IDBDatabase>((resolve, reject) => {
      // No version: an existing database opens as it is, whatever its version, and is never upgraded.
      const request = this.factory().open(this.name);
      let missing = false;
      // Without a version, only a database that does not exist asks to be upgraded (created).
      request.onupgradeneeded = () => {
        missing = true;
        request.transaction?.abort();
      };
      request.onsuccess = () => {
        const database = request.result;
        // IndexedDB's version is Dexie's times ten (see openDatabase.ts).
        if (Math.floor(database.version / 10) > SCHEMA_VERSION) {
          database.close();
          reject(new Error(JOURNAL_TOO_NEW));
          return;
        }
        const forget = () => {
          if (this.connection === opening) this.connection = null;
        };
        database.onversionchange = () => {
          database.close();
          forget();
        };
        // The browser closed it (storage cleared, say); open again next time.
        database.onclose = forget;
        resolve(database);
      };
      request.onerror = () => {
        reject(missing ? new Error(JOURNAL_NOT_OPEN) : (request.error ?? new Error('The journal could not be opened')));
      };
    });
    this.connection = opening;
    // A failed open is not kept: the next read tries again.
    opening.catch(() => {
      if (this.connection === opening) this.connection = null;
    });
    return opening;
  }
}

/** The reader of the app's journal, one per thread that reads it. */
export const journalReader = new JournalReader();
