import type { Storage } from 'webextension-polyfill';
import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { sessionTabContexts } from '../../utils/background/tab-contexts';
import type { PageContext } from '../../utils/shared/model';

const context: PageContext = { site: 'gmail', view: 'thread', people: [], subject: 'Renewal' };

/** Session storage whose first read is slow, as an IPC round trip under load can be. */
function slowFirstRead(): Storage.StorageArea {
  const area = fakeBrowser.storage.session;
  let reads = 0;
  return {
    get: async (keys?: string | null) => {
      const snapshot = await area.get(keys ?? null);
      if (reads++ === 0) await new Promise((r) => setTimeout(r, 30));
      return snapshot;
    },
    set: (items: Record<string, unknown>) => area.set(items),
    remove: (keys: string | string[]) => area.remove(keys),
    clear: () => area.clear(),
  } as unknown as Storage.StorageArea;
}

describe('tab contexts', () => {
  it('a read of storage that finishes after a report does not undo the report', async () => {
    const tabs = sessionTabContexts(slowFirstRead());
    // A frame asks before the content script has reported; the report lands while that read is in flight.
    const early = tabs.get(5);
    await tabs.set(5, context);
    await early;
    expect(await tabs.get(5)).toEqual(context);
  });

  it('persists to session storage, so a restarted worker finds the context', async () => {
    const tabs = sessionTabContexts(fakeBrowser.storage.session);
    await tabs.set(5, context);
    expect(await tabs.tabIds()).toEqual([5]);
    expect(await sessionTabContexts(fakeBrowser.storage.session).get(5)).toEqual(context);
    await tabs.remove(5);
    expect(await sessionTabContexts(fakeBrowser.storage.session).get(5)).toBeNull();
  });
});
