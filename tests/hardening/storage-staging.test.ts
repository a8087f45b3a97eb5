import { describe, expect, it } from 'vitest';
import { purgeAbandonedStaging } from '../../utils/background/db/bulk';
import { openTestDb } from '../unit/helpers';
import { countFigure } from './figures';
import { dumpDatabase, storeCounts, wireBackground } from './storage-support';

// An options page closed in the middle of an import leaves its staged rows behind. They are never live data,
// but they take space: the midnight purge drops those of imports abandoned over a day ago, and nothing else.

const HOUR = 3_600_000;
const account = (n: number, at: string) => ({
  id: `imported-${n}`,
  createdAt: at,
  updatedAt: at,
  name: `Imported ${n}`,
  domains: [`imported-${n}.example`],
  tier: 'standard' as const,
  status: 'active' as const,
  objectives: [],
  tags: [],
});

describe('staged rows of an abandoned import', () => {
  it('are dropped a day later; an import still under way keeps its rows and commits', async () => {
    let time = Date.parse('2026-11-24T09:00:00.000Z');
    const { call } = wireBackground({ clock: { now: () => new Date(time) } });
    await call('loadDemoData', { replace: true });
    const at = new Date(time).toISOString();

    // Abandoned: two chunks staged, then the page was closed.
    await call('stageImport', { importId: 'abandoned', seq: 0, store: 'accounts', records: [account(1, at)] });
    await call('stageImport', { importId: 'abandoned', seq: 1, store: 'accounts', records: [account(2, at)] });
    countFigure('faults injected', 1);
    // Under way, 23 hours later.
    time += 23 * HOUR;
    await call('stageImport', {
      importId: 'current',
      seq: 0,
      store: 'accounts',
      records: [account(3, new Date(time).toISOString())],
    });
    const live = JSON.parse(await dumpDatabase()) as Record<string, unknown[]>;

    time += 2 * HOUR;
    expect(await purgeAbandonedStaging(await openTestDb(), new Date(time))).toBe(2);

    const after = JSON.parse(await dumpDatabase()) as Record<string, unknown[]>;
    expect((await storeCounts()).staging).toBe(1);
    // Only staging changed.
    expect({ ...after, staging: [] }).toEqual({ ...live, staging: [] });
    await expect(call('commitImport', { importId: 'abandoned', replace: false })).rejects.toThrow(
      'Nothing was staged for this import (it may have been cut off). Start it again.',
    );
    expect(await call('commitImport', { importId: 'current', replace: false })).toMatchObject({ accounts: 1 });
    expect((await call('listAccounts', null)).map((a) => a.name)).toContain('Imported 3');
    expect((await storeCounts()).staging).toBe(0);
  });
});
