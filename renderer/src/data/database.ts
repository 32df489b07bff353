import Dexie, { type Table } from 'dexie';
import type { DecisionPlan, Keyring } from '../../../shared';
import { DATABASE_NAME, STORES } from './databaseNames';
import { isSealed, type CustomActivityRow, type DecisionRow, type EntryRow, type ReviewRow } from './sealedRows';

export { DATABASE_NAME } from './databaseNames';

/** A stored setting; its value is parsed by the schema of its key on the way out. */
export interface SettingRow {
  key: string;
  value: unknown;
}

/**
 * The journal's IndexedDB database. Every schema change is a new version
 * below; never edit a shipped version, and give every new version an upgrade
 * that keeps every entry (tests/fixtures/db holds each shipped version's data
 * to prove it; docs/schema-versions.md says how to add one).
 */
export class ForkcastDatabase extends Dexie {
  /** Entries as stored: plain, or sealed once the journal is locked. Read them through the repositories. */
  entries!: Table<EntryRow, string>;
  customActivities!: Table<CustomActivityRow, string>;
  settings!: Table<SettingRow, string>;
  /** At most one row, the lock's keyring (lock/keyring.ts); none while the journal has no lock. */
  keyring!: Table<Keyring, string>;
  /** The weekly reviews, one per ISO week ('2026-W49'); sealed like entries once the journal is locked. */
  reviews!: Table<ReviewRow, string>;
  /** At most one row, the decision plan (shared/decisionSchemas.ts), plain or sealed like the days. */
  decision!: Table<DecisionRow, string>;

  constructor(name = DATABASE_NAME) {
    // Chromium commits IndexedDB writes with relaxed durability by default; a
    // journal wants a write to survive a power cut once we say "saved".
    super(name, { chromeTransactionDurability: 'strict', autoOpen: false });
    this.version(1).stores({
      // The local date is the key: one entry per day. Indexes serve the
      // History filters and the "recently changed" ordering.
      [STORES.entries]: 'date, dayKind, updatedAt, *tags',
      [STORES.customActivities]: 'id, createdAt',
      [STORES.settings]: 'key',
    });
    // Version 2: an activity's feel may be null (ticked but not rated yet). The stores and every
    // stored entry stay as they are (a stored 0 stays 0); the bump is what makes an older
    // Forkcast, which would read null as broken, refuse this journal instead of opening it.
    this.version(2).stores({});
    // Version 3: the optional lock. A locked journal's rows are sealed ({ date, iv, data }, see
    // sealedRows.ts) and so sit in none of the entry indexes but `iv`, whose random nonces show
    // the trends what changed without saying anything else; the keyring store holds the wrapped
    // data key. Plain rows are untouched, so the upgrade has nothing to convert.
    this.version(3).stores({
      [STORES.entries]: 'date, dayKind, updatedAt, *tags, iv',
      [STORES.keyring]: 'id',
    });
    // Version 4: the weekly review, keyed by its ISO week. A new store, so nothing older changes;
    // in a locked journal a review is sealed like a day ({ week, iv, data }), its week in the clear
    // as a day's date is, and no other index is kept.
    this.version(4).stores({ [STORES.reviews]: 'week' });
    // Version 5: the decision plan, one row keyed 'decision' ({ id, iv, data } once locked). No
    // index but the key, so nothing the user chose is in the clear; existing rows are untouched.
    this.version(5).stores({ [STORES.decision]: 'id' });
    // Version 6: the decision plan gains its experiments (shared/experimentSchemas.ts). No store or
    // index changes; a plain plan gets an empty list here, and a sealed one, which an upgrade
    // cannot open, gets it where it is opened (planOf in sealedRows.ts).
    this.version(6)
      .stores({})
      .upgrade((transaction) =>
        transaction
          .table<DecisionRow, string>(STORES.decision)
          .toCollection()
          .modify((row) => {
            if (!isSealed(row) && !Array.isArray((row as Partial<DecisionPlan>).experiments)) row.experiments = [];
          }),
      );
  }
}

/** The one database the app uses. Tests make their own with another name. */
export const db = new ForkcastDatabase();
