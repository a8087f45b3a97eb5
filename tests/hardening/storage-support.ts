import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createHandler, type BackgroundServices } from '../../utils/background/handler';
import { REQUEST_CHANNEL, type RequestMap, type RequestType } from '../../utils/protocol/messaging';
import { senderFor, TEST_BASE_URL, TEST_EXTENSION_ID, testServices } from '../unit/test-services';

/** The test database of tests/unit/helpers.ts, which the handler's services open. */
export const TEST_DB = 'test-db';

export type Call = <K extends RequestType>(type: K, data: RequestMap[K]['data']) => Promise<RequestMap[K]['reply']>;

/**
 * A background over fake IndexedDB that answers the options page's messages
 * through WXT's fake browser, so `optionsDataActions` and `request` run unchanged.
 */
export function wireBackground(overrides: Partial<BackgroundServices> = {}): {
  call: Call;
  services: BackgroundServices;
} {
  const services = testServices(overrides);
  const handle = createHandler(services);
  const sender = { id: TEST_EXTENSION_ID, url: `${TEST_BASE_URL}options.html` };
  fakeBrowser.runtime.onMessage.addListener(
    (message: unknown, _sender: unknown, sendResponse: (reply: unknown) => void) => {
      void handle(message, sender).then(sendResponse);
      return true;
    },
  );
  // Each request as a surface that sends it: the options page, or the popup for a meeting and its follow-ups.
  const call: Call = async (type, data) => {
    const reply = await handle({ channel: REQUEST_CHANNEL, type, data }, senderFor(type));
    if (!reply.ok) throw Object.assign(new Error(reply.error.message), { code: reply.error.code });
    return reply.value as never;
  };
  return { call, services };
}

/**
 * Every object store of a database, read raw (undo log and staging too), as one string to compare byte for byte;
 * but the saved search index, a cache the worker rewrites in the background from the records themselves.
 */
const SEARCH_CACHE = ['search', 'searchGrams', 'searchChanges'];

export async function dumpDatabase(name = TEST_DB): Promise<string> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const open = indexedDB.open(name);
    open.onsuccess = () => resolve(open.result);
    open.onerror = () => reject(open.error);
  });
  try {
    const stores = [...db.objectStoreNames].filter((name) => !SEARCH_CACHE.includes(name)).sort();
    const tx = db.transaction(stores, 'readonly');
    const dump: Record<string, unknown[]> = {};
    await Promise.all(
      stores.map(
        (store) =>
          new Promise<void>((resolve, reject) => {
            const all = tx.objectStore(store).getAll();
            all.onsuccess = () => ((dump[store] = all.result), resolve());
            all.onerror = () => reject(all.error);
          }),
      ),
    );
    return JSON.stringify(dump);
  } finally {
    db.close();
  }
}

/** What a user would count: records per store in the raw database, trash included. */
export async function storeCounts(name = TEST_DB): Promise<Record<string, number>> {
  const dump = JSON.parse(await dumpDatabase(name)) as Record<string, unknown[]>;
  return Object.fromEntries(Object.entries(dump).map(([store, rows]) => [store, rows.length]));
}
