import { EventEmitter } from 'node:events';
import type { CDPSession } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { workerControl } from '../../bench/worker-control';
import { RESOLVE_MEASURE, timedResolution } from '../../utils/background/resolve-timing';

describe('resolution timing in the background', () => {
  it('leaves one measure per resolution, the latest, with the number of people', async () => {
    await timedResolution(3, async () => 'first');
    const result = await timedResolution(20, async () => 'second');
    expect(result).toBe('second');
    const entries = performance.getEntriesByName(RESOLVE_MEASURE) as PerformanceMeasure[];
    expect(entries).toHaveLength(1);
    expect(entries[0]!.detail).toEqual({ people: 20 });
    expect(entries[0]!.duration).toBeGreaterThanOrEqual(0);
  });
});

/** A DevTools session that reports worker states as the browser would, after `stopAllWorkers`. */
function fakeSession(versions: Array<{ scriptURL: string; runningStatus: string }>) {
  const events = new EventEmitter();
  const sent: string[] = [];
  const session = {
    on: (event: string, listener: (data: unknown) => void) => events.on(event, listener),
    send: async (method: string) => {
      sent.push(method);
      if (method === 'ServiceWorker.enable') events.emit('ServiceWorker.workerVersionUpdated', { versions });
      if (method === 'ServiceWorker.stopAllWorkers') {
        setTimeout(() =>
          events.emit('ServiceWorker.workerVersionUpdated', {
            versions: versions.map((v) => ({ ...v, runningStatus: 'stopping' })),
          }),
        );
        setTimeout(
          () =>
            events.emit('ServiceWorker.workerVersionUpdated', {
              versions: versions.map((v) => ({ ...v, runningStatus: 'stopped' })),
            }),
          5,
        );
      }
      return {};
    },
  };
  return { session: session as unknown as CDPSession, sent };
}

describe('stopping the extension worker', () => {
  it('asks the browser to stop its workers and returns once ours has stopped', async () => {
    const { session, sent } = fakeSession([
      { scriptURL: 'chrome-extension://abc/background.js', runningStatus: 'running' },
    ]);
    const worker = await workerControl(session, 'abc');
    expect(worker.status).toBe('running');
    await worker.stop();
    expect(sent).toEqual(['ServiceWorker.enable', 'ServiceWorker.stopAllWorkers']);
    expect(worker.status).toBe('stopped');
  });

  it("follows only this extension's worker, not another's", async () => {
    const { session } = fakeSession([{ scriptURL: 'chrome-extension://other/sw.js', runningStatus: 'running' }]);
    const worker = await workerControl(session, 'abc');
    expect(worker.status).toBe('unknown');
  });
});
