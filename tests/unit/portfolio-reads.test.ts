import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { recentTouchpoints } from '../../utils/background/db/portfolio-reads';
import { saveRecord } from '../../utils/background/db/writes';
import { buildPortfolio } from '../../utils/shared/insights/portfolio';
import { DEFAULT_SETTINGS } from '../../utils/shared/settings-shape';
import { accountDraft, openTestDb, tickingClock } from './helpers';

const NOW = new Date('2026-11-24T12:00:00.000Z');
const SINCE = '2026-09-01T00:00:00.000Z';

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
});

async function bookWith(touchpoints: Array<{ kind: 'call' | 'note' | 'meeting'; occurredAt: string }>) {
  const db = await openTestDb();
  const clock = tickingClock();
  const account = (await saveRecord(db, 'accounts', accountDraft({ tier: 'key' }), clock)).record;
  for (const t of touchpoints) {
    const draft = {
      accountId: account.id,
      contactIds: [],
      direction: 'outbound' as const,
      summary: t.kind,
      sentiment: 'neutral' as const,
      ...t,
    };
    await saveRecord(db, 'touchpoints', draft, clock);
  }
  return { db, account };
}

describe('the touchpoints the dashboard reads', () => {
  it('find the last real contact behind a recent note and a meeting not yet held', async () => {
    const { db, account } = await bookWith([
      { kind: 'call', occurredAt: '2026-06-01T10:00:00.000Z' },
      { kind: 'note', occurredAt: '2026-08-20T10:00:00.000Z' },
      { kind: 'note', occurredAt: '2026-11-20T10:00:00.000Z' },
      { kind: 'meeting', occurredAt: '2026-12-03T10:00:00.000Z' },
    ]);
    const touchpoints = await recentTouchpoints(db, SINCE, [account.id], NOW);
    expect(touchpoints.map((t) => t.occurredAt).sort()).toEqual([
      '2026-06-01T10:00:00.000Z',
      '2026-11-20T10:00:00.000Z',
      '2026-12-03T10:00:00.000Z',
    ]);
    const portfolio = buildPortfolio({
      accounts: [account],
      touchpoints,
      issues: [],
      tasks: [],
      opportunities: [],
      cadenceDays: DEFAULT_SETTINGS.cadenceDays,
      now: NOW,
    });
    // Key accounts are due every 30 days: the call of 1 June is the last contact, 176 days ago, not "never".
    expect(portfolio.pastCadence).toEqual([expect.objectContaining({ daysSince: 176, cadence: 30 })]);
  });

  it('read no older history when the window already holds a real contact', async () => {
    const { db, account } = await bookWith([
      { kind: 'call', occurredAt: '2026-06-01T10:00:00.000Z' },
      { kind: 'call', occurredAt: '2026-11-10T10:00:00.000Z' },
    ]);
    expect((await recentTouchpoints(db, SINCE, [account.id], NOW)).map((t) => t.occurredAt)).toEqual([
      '2026-11-10T10:00:00.000Z',
    ]);
  });
});
