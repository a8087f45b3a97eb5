import { storage } from 'wxt/utils/storage';

/** Kept lists stay bounded: the newest entries are kept. */
const KEPT = 5_000;

/** Threads the user marked private (`site:threadId`): never logged automatically. */
export const privateThreadsItem = storage.defineItem<string[]>('local:privateThreads', { fallback: [], version: 1 });

/** Messages whose automatic entry the user took back (`site:itemId`): never logged automatically again. */
export const declinedAutoLogItem = storage.defineItem<string[]>('local:declinedAutoLog', { fallback: [], version: 1 });

export const threadKey = (site: string, threadId: string) => `${site}:${threadId}`;

/** Adds keys to a kept list (once each, newest last, bounded). */
export async function addKeys(item: typeof privateThreadsItem, keys: string[]): Promise<void> {
  const current = await item.getValue();
  const next = [...current.filter((k) => !keys.includes(k)), ...keys].slice(-KEPT);
  await item.setValue(next);
}

export async function removeKeys(item: typeof privateThreadsItem, keys: string[]): Promise<void> {
  const current = await item.getValue();
  await item.setValue(current.filter((k) => !keys.includes(k)));
}
