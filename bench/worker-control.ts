import type { CDPSession } from 'playwright-core';

interface VersionUpdate {
  versions: Array<{ scriptURL: string; runningStatus: 'stopped' | 'starting' | 'running' | 'stopping' }>;
}

/**
 * Stops the extension's service worker through the DevTools protocol, as the browser does after 30 s idle,
 * and waits until it has stopped: the next message has to start it again.
 */
export async function workerControl(cdp: CDPSession, extensionId: string) {
  const ours = (url: string) => url.startsWith(`chrome-extension://${extensionId}/`);
  let status = 'unknown';
  const waiters = new Set<() => void>();
  cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }: VersionUpdate) => {
    for (const v of versions) if (ours(v.scriptURL)) status = v.runningStatus;
    waiters.forEach((w) => w());
  });
  await cdp.send('ServiceWorker.enable');
  const until = (wanted: string) =>
    new Promise<void>((resolve, reject) => {
      const timeout = setTimeout(
        () => (waiters.delete(check), reject(new Error(`Service worker still ${status}, not ${wanted}`))),
        10_000,
      );
      const check = () => {
        if (status !== wanted) return;
        clearTimeout(timeout);
        waiters.delete(check);
        resolve();
      };
      waiters.add(check);
      check();
    });
  return {
    async stop(): Promise<void> {
      await cdp.send('ServiceWorker.stopAllWorkers');
      await until('stopped');
    },
    get status() {
      return status;
    },
  };
}
