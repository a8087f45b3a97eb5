import type { Storage } from 'webextension-polyfill';
import type { PageContext } from '../model';

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
  return {
    async get(tabId) {
      const stored = await area.get(key(tabId));
      return (stored[key(tabId)] as PageContext | undefined) ?? null;
    },
    async set(tabId, context) {
      const before = await this.get(tabId);
      if (JSON.stringify(before) === JSON.stringify(context)) return false;
      if (context) await area.set({ [key(tabId)]: context });
      else await area.remove(key(tabId));
      return true;
    },
    async remove(tabId) {
      await area.remove(key(tabId));
    },
    async tabIds() {
      return Object.keys(await area.get(null))
        .filter((k) => k.startsWith('tab:'))
        .map((k) => Number(k.slice(4)));
    },
  };
}
