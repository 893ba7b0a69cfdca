/**
 * The tasking state's home in the browser: IndexedDB database "csp-tasking", one object store
 * holding the whole state document under one key. Kept apart from the incident workspace, so
 * clearing the workspace never touches it.
 */

const DATABASE = 'csp-tasking';
const STORE = 'state';
const KEY = 'current';

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('IndexedDB request failed'));
  });
}

/** Resolves when the transaction has committed to disk, rejects if it aborts. */
function committed(tx: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onabort = () => reject(tx.error ?? new Error('The save was aborted'));
    tx.onerror = () => reject(tx.error ?? new Error('The save failed'));
  });
}

let opened: Promise<IDBDatabase> | null = null;

function openDatabase(): Promise<IDBDatabase> {
  opened ??= new Promise<IDBDatabase>((resolve, reject) => {
    const req = indexedDB.open(DATABASE, 1);
    req.onupgradeneeded = () => {
      if (!req.result.objectStoreNames.contains(STORE)) req.result.createObjectStore(STORE);
    };
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('IndexedDB could not be opened'));
    req.onblocked = () => reject(new Error('Another tab holds an older tasking database open'));
  }).catch((error: unknown) => {
    opened = null;
    throw error;
  });
  return opened;
}

/** The stored state document's JSON text, or null when nothing has been saved. */
export async function readStateText(): Promise<string | null> {
  const db = await openDatabase();
  const tx = db.transaction(STORE, 'readonly');
  const value = await request(tx.objectStore(STORE).get(KEY));
  return typeof value === 'string' ? value : null;
}

/**
 * Writes the whole state document in one transaction; resolves only once the transaction is
 * complete (durability "strict": flushed before `oncomplete`), so "saved" means on disk.
 */
export async function writeStateText(text: string): Promise<void> {
  const db = await openDatabase();
  const tx = db.transaction(STORE, 'readwrite', { durability: 'strict' });
  tx.objectStore(STORE).put(text, KEY);
  await committed(tx);
}

/** Removes the stored state document. */
export async function deleteStateText(): Promise<void> {
  const db = await openDatabase();
  const tx = db.transaction(STORE, 'readwrite', { durability: 'strict' });
  tx.objectStore(STORE).delete(KEY);
  await committed(tx);
}
