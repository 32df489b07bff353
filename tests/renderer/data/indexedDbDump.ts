/**
 * A whole IndexedDB database as plain JSON: its version, and per object store
 * the key path, the indexes and every record. Made and read with raw
 * IndexedDB only, so a fixture records exactly what a shipped version of the
 * app left on disk, independent of the Dexie code that reads it today.
 */
export interface IndexedDbDump {
  /** The IndexedDB version number (Dexie stores its version × 10). */
  version: number;
  stores: StoreDump[];
}

export interface StoreDump {
  name: string;
  keyPath: string | string[] | null;
  autoIncrement: boolean;
  indexes: { name: string; keyPath: string | string[]; unique: boolean; multiEntry: boolean }[];
  records: unknown[];
}

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

function transactionDone(transaction: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    transaction.oncomplete = () => resolve();
    transaction.onerror = () => reject(transaction.error);
    transaction.onabort = () => reject(transaction.error);
  });
}

/** Reads every store of database `name`, in name order, records in key order. */
export async function dumpDatabase(factory: IDBFactory, name: string): Promise<IndexedDbDump> {
  const db = await request(factory.open(name));
  try {
    const names = [...db.objectStoreNames].sort();
    const transaction = db.transaction(names, 'readonly');
    const stores: StoreDump[] = [];
    for (const storeName of names) {
      const store = transaction.objectStore(storeName);
      const indexes = [...store.indexNames].sort().map((indexName) => {
        const index = store.index(indexName);
        return { name: index.name, keyPath: index.keyPath, unique: index.unique, multiEntry: index.multiEntry };
      });
      const records = await request(store.getAll());
      stores.push({ name: storeName, keyPath: store.keyPath, autoIncrement: store.autoIncrement, indexes, records });
    }
    return { version: db.version, stores };
  } finally {
    db.close();
  }
}

/** Recreates a dumped database as `name`: the same stores, indexes and records, at the same version. */
export async function loadDump(factory: IDBFactory, name: string, dump: IndexedDbDump): Promise<void> {
  const opening = factory.open(name, dump.version);
  opening.onupgradeneeded = () => {
    const db = opening.result;
    for (const store of dump.stores) {
      const created = db.createObjectStore(store.name, { keyPath: store.keyPath, autoIncrement: store.autoIncrement });
      for (const index of store.indexes) {
        created.createIndex(index.name, index.keyPath, { unique: index.unique, multiEntry: index.multiEntry });
      }
    }
  };
  const db = await request(opening);
  try {
    const transaction = db.transaction(
      dump.stores.map((store) => store.name),
      'readwrite',
    );
    for (const store of dump.stores) {
      for (const record of store.records) transaction.objectStore(store.name).put(record);
    }
    await transactionDone(transaction);
  } finally {
    db.close();
  }
}

/**
 * A dump as JSON text. Binary values (a locked journal's nonces and
 * ciphertexts) become `{ "$bytes": "<base64>" }`, which `parseDump` turns
 * back into Uint8Arrays.
 */
export function serializeDump(dump: IndexedDbDump): string {
  return `${JSON.stringify(
    dump,
    function (this: Record<string, unknown>, key, value: unknown) {
      // JSON.stringify hands a replacer a typed array's indexed form; the holder still has the original.
      const original = this[key];
      if (original instanceof Uint8Array) return { $bytes: Buffer.from(original).toString('base64') };
      if (original instanceof ArrayBuffer) return { $bytes: Buffer.from(original).toString('base64') };
      return value;
    },
    1,
  )}\n`;
}

export function parseDump(text: string): IndexedDbDump {
  return JSON.parse(text, (_key, value: unknown) => {
    if (value && typeof value === 'object' && '$bytes' in value && typeof value.$bytes === 'string') {
      return new Uint8Array(Buffer.from(value.$bytes, 'base64'));
    }
    return value;
  }) as IndexedDbDump;
}
