import { wrap } from 'idb';
import { vi } from 'vitest';
import { createHandler, type BackgroundServices } from '../../utils/background/handler';
import type { Clock } from '../../utils/background/db/writes';
import { REQUEST_CHANNEL, type Reply, type RequestMap, type RequestType } from '../../utils/protocol/messaging';
import { senderFor, testServices } from '../unit/test-services';

/**
 * The background as a stoppable worker over one fake IndexedDB. A restart
 * does what the browser does to a stopped service worker: transactions not
 * yet committed are aborted, the connection closes, and every in-memory
 * service (search index, caches, the handler) is thrown away and built anew.
 */
export class SoakWorker {
  restarts = 0;
  private services!: BackgroundServices;
  private handle!: ReturnType<typeof createHandler>;
  private readonly open = new Set<IDBTransaction>();

  constructor(private readonly clock: Clock) {
    const original = IDBDatabase.prototype.transaction;
    const open = this.open;
    vi.spyOn(IDBDatabase.prototype, 'transaction').mockImplementation(function (
      this: IDBDatabase,
      ...args: Parameters<IDBDatabase['transaction']>
    ) {
      const tx = original.apply(this, args);
      open.add(tx);
      for (const end of ['complete', 'abort', 'error']) tx.addEventListener(end, () => open.delete(tx));
      return tx;
    });
    this.start();
  }

  private start(): void {
    this.services = testServices({ clock: this.clock });
    this.handle = createHandler(this.services);
  }

  /** Sends a request as a surface that sends it (the options page, or the popup for a meeting and its follow-ups). */
  request<K extends RequestType>(type: K, data: RequestMap[K]['data']): Promise<Reply<RequestMap[K]['reply']>> {
    const reply = this.handle({ channel: REQUEST_CHANNEL, type, data }, senderFor(type));
    return reply as Promise<Reply<RequestMap[K]['reply']>>;
  }

  async restart(): Promise<void> {
    for (const tx of this.open) {
      // Nobody awaits a stopped worker's reads: their `done` may reject unheard, as it would in the browser's dead worker.
      wrap(tx).done.catch(() => undefined);
      try {
        tx.abort();
      } catch {
        // Already committing: the browser would finish it too.
      }
    }
    this.open.clear();
    try {
      (await this.services.db()).close();
    } catch {
      // Never opened.
    }
    this.restarts++;
    this.start();
  }
}
