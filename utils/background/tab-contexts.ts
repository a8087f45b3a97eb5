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
      writes = writes
        .then(() => (context ? area.set({ [key(tabId)]: context }) : area.remove(key(tabId))))
        .catch(() => undefined);
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

/**
 * Each tab's sidebar and briefing frames, by frame id, learnt when they first ask for data. Kept in session
 * storage beside the contexts: a worker the browser stopped must still know whom to push the next page to.
 */
export interface TabFrames {
  add(tabId: number, frameId: number): Promise<void>;
  of(tabId: number): Promise<number[]>;
  /** Forgets one frame (it is gone), or every frame of the tab. */
  drop(tabId: number, frameId?: number): Promise<void>;
}

export function sessionTabFrames(area: Storage.StorageArea): TabFrames {
  const key = (tabId: number) => `frames:${tabId}`;
  const mirror = new Map<number, Set<number>>();
  let writes: Promise<unknown> = Promise.resolve();
  const load = async (tabId: number) => {
    if (!mirror.has(tabId)) {
      const stored = ((await area.get(key(tabId)))[key(tabId)] as number[] | undefined) ?? [];
      // A frame may have been added while storage was read: keep both.
      mirror.set(tabId, new Set([...stored, ...(mirror.get(tabId) ?? [])]));
    }
    return mirror.get(tabId)!;
  };
  const persist = (tabId: number) => {
    const ids = [...(mirror.get(tabId) ?? [])];
    writes = writes
      .then(() => (ids.length ? area.set({ [key(tabId)]: ids }) : area.remove(key(tabId))))
      .catch(() => undefined);
    return writes.then(() => undefined);
  };
  return {
    async add(tabId, frameId) {
      const frames = await load(tabId);
      if (frames.has(frameId)) return;
      frames.add(frameId);
      await persist(tabId);
    },
    async of(tabId) {
      return [...(await load(tabId))];
    },
    async drop(tabId, frameId) {
      const frames = await load(tabId);
      if (frameId === undefined) frames.clear();
      else if (!frames.delete(frameId)) return;
      await persist(tabId);
    },
  };
}

/**
 * A note per tab in session storage, for what the background must still know after the browser stopped it:
 * the template inserted into a tab's draft, the message just sent from it.
 */
export interface TabNotes<T> {
  get(tabId: number): Promise<T | undefined>;
  set(tabId: number, note: T | undefined): Promise<void>;
}

export function sessionTabNotes<T>(area: Storage.StorageArea, name: string): TabNotes<T> {
  const key = (tabId: number) => `${name}:${tabId}`;
  return {
    async get(tabId) {
      return (await area.get(key(tabId)))[key(tabId)] as T | undefined;
    },
    async set(tabId, note) {
      await (note === undefined ? area.remove(key(tabId)) : area.set({ [key(tabId)]: note }));
    },
  };
}
