import type { Storage } from 'webextension-polyfill';
import type { PageContext } from '../shared/model';

/**
 * Each tab's last reported page context, in session storage: it survives the
 * worker being stopped, is gone when the browser closes, and content scripts
 * cannot read it (session storage is for trusted contexts only).
 */
export interface TabContexts {
  get(tabId: number): Promise<PageContext | null>;
  /** Stores the context; answers whether it differs from the last one. */
  set(tabId: number, context: PageContext | null): Promise<boolean>;
  remove(tabId: number): Promise<void>;
  /** Tabs that have a context. */
  tabIds(): Promise<number[]>;
}

export function sessionTabContexts(area: Storage.StorageArea): TabContexts {
  const key = (tabId: number) => `tab:${tabId}`;
  // Read-through mirror: storage is for surviving a worker restart; reads on the hot path come from memory.
  const mirror = new Map<number, PageContext | null>();
  let writes: Promise<unknown> = Promise.resolve();
  return {
    async get(tabId) {
      if (!mirror.has(tabId)) {
        const stored = await area.get(key(tabId));
        // A report may have landed while storage was read: what it set is newer than what was stored.
        if (!mirror.has(tabId)) mirror.set(tabId, (stored[key(tabId)] as PageContext | undefined) ?? null);
      }
      return mirror.get(tabId)!;
    },
    async set(tabId, context) {
      const before = await this.get(tabId);
      if (JSON.stringify(before) === JSON.stringify(context)) return false;
      mirror.set(tabId, context);
      // Persist in order, without holding up the frames: memory already answers.
      writes = writes.then(() => (context ? area.set({ [key(tabId)]: context }) : area.remove(key(tabId)))).catch(() => undefined);
      return true;
    },
    async remove(tabId) {
      mirror.delete(tabId);
      writes = writes.then(() => area.remove(key(tabId))).catch(() => undefined);
      await writes;
    },
    async tabIds() {
      await writes;
      return Object.keys(await area.get(null))
        .filter((k) => k.startsWith('tab:'))
        .map((k) => Number(k.slice(4)));
    },
  };
}
