import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import type { Harness } from '../e2e/harness';

/**
 * Stops the extension's service worker through the DevTools protocol (`ServiceWorker.stopAllWorkers`, as
 * Chrome does to an idle or misbehaving worker), counting every stop the browser reports for it.
 */
export async function workerStops(h: Harness, page: Page) {
  const cdp = await h.context.newCDPSession(page);
  let stops = 0;
  let status: string | undefined;
  cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
    for (const v of versions) {
      if (!v.scriptURL.startsWith(h.extensionUrl(''))) continue;
      if (v.runningStatus === 'stopped' && status !== 'stopped') stops++;
      status = v.runningStatus;
    }
  });
  await cdp.send('ServiceWorker.enable');
  return {
    get count() {
      return stops;
    },
    /** Waits until the extension's worker is reported running (a message woke it). */
    async running(): Promise<void> {
      await expect.poll(() => status, { timeout: 10_000, interval: 5 }).toBe('running');
    },
    /**
     * Stops every service worker of the profile, and waits until the extension's is reported stopped. A worker
     * already stopped (a stop during the previous request, and nothing woke it since) has nothing to stop.
     */
    async stop(): Promise<void> {
      if (status === 'stopped') return;
      const before = stops;
      await cdp.send('ServiceWorker.stopAllWorkers');
      await expect.poll(() => stops, { timeout: 10_000 }).toBeGreaterThan(before);
    },
  };
}
