import { addKeys, privateThreadsItem, removeKeys } from '../settings/auto-log';

/** The threads kept private from automatic logging, as the sidebar reads and changes them. */
export const privateThreads = {
  has: async (key: string) => (await privateThreadsItem.getValue()).includes(key),
  watch: (callback: () => void) => privateThreadsItem.watch(() => callback()),
  set: (key: string, isPrivate: boolean) =>
    isPrivate ? addKeys(privateThreadsItem, [key]) : removeKeys(privateThreadsItem, [key]),
};
export type PrivateThreads = typeof privateThreads;
