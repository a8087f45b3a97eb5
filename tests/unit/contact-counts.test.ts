import { describe, expect, it } from 'vitest';
import { buildAccountView } from '../../utils/shared/insights/account-view';
import { computeHealth, countsAsContact, lastContact } from '../../utils/shared/insights/health';
import { buildPortfolio } from '../../utils/shared/insights/portfolio';
import { sinceLastMeeting } from '../../utils/shared/insights/since';
import { RULES } from '../../utils/shared/insights/talking-points';
import type { Account, AccountBundle, Touchpoint } from '../../utils/shared/model';

/**
 * Issue 14: last contact, cadence and health count only contact with the
 * client that has happened. A note is internal, and a touchpoint dated after
 * now (a meeting logged ahead) has not happened: neither is last contact.
 */

const NOW = new Date(2026, 10, 24, 12); // 24 Nov 2026, 12:00 local
const CADENCE = { strategic: 14, key: 30, standard: 60 };
const stamp = { createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z' };
const account: Account = {
  id: 'nw',
  ...stamp,
  name: 'Northwind',
  domains: ['northwind.com'],
  tier: 'strategic',
  status: 'active',
  objectives: [],
  tags: [],
};
const touch = (id: string, daysAgo: number, over: Partial<Touchpoint> = {}): Touchpoint => ({
  id,
  ...stamp,
  accountId: 'nw',
  contactIds: [],
  kind: 'call',
  direction: 'outbound',
  occurredAt: new Date(NOW.getTime() - daysAgo * 86_400_000).toISOString(),
  summary: id,
  sentiment: 'neutral',
  ...over,
});
const call40 = touch('call 40 days ago', 40);
const note = touch('internal note yesterday', 1, { kind: 'note' });
const ahead = touch('QBR in two days', -2, { kind: 'meeting' });
const bundle = (touchpoints: Touchpoint[]): AccountBundle => ({
  account,
  contacts: [],
  touchpoints,
  tasks: [],
  issues: [],
  opportunities: [],
});
const health = (touchpoints: Touchpoint[]) =>
  computeHealth({ ...bundle(touchpoints), cadenceDays: CADENCE, now: NOW }).factors.find((f) => f.key === 'cadence');

describe('what counts as contact', () => {
  it('is a touchpoint with the client that has happened: no note, nothing after now, nothing deleted', () => {
    expect(countsAsContact(call40, NOW)).toBe(true);
    expect(countsAsContact(touch('meeting now', 0, { kind: 'meeting' }), NOW)).toBe(true);
    expect(countsAsContact(note, NOW)).toBe(false);
    expect(countsAsContact(ahead, NOW)).toBe(false);
    expect(countsAsContact(touch('deleted', 1, { deletedAt: stamp.updatedAt }), NOW)).toBe(false);
    expect(lastContact([note, ahead, call40], NOW)).toBe(call40);
    expect(lastContact([note, ahead], NOW)).toBeUndefined();
  });
});

describe('a note and a future meeting are not last contact', () => {
  it('health: the cadence factor counts from the last real contact', () => {
    expect(health([call40, note, ahead])).toEqual({
      key: 'cadence',
      points: 30,
      reason: '40 days since last contact (cadence 14)',
    });
    expect(health([note])).toEqual({ key: 'cadence', points: 30, reason: 'Never contacted' });
    expect(health([ahead])).toEqual({ key: 'cadence', points: 30, reason: 'Never contacted' });
  });

  it('the account view: last contact is the call, never a day ahead', () => {
    const view = buildAccountView(
      { account, reasons: ['email'], people: [] },
      bundle([ahead, note, call40]),
      CADENCE,
      NOW,
    );
    expect(view.lastContact).toEqual({ daysAgo: 40, by: 'You', kind: 'call', summary: 'call 40 days ago' });
    expect(view.health.factors.map((f) => f.reason)).toContain('40 days since last contact (cadence 14)');
    // The timeline still shows everything, the note and the meeting ahead included.
    expect(view.timeline.map((t) => t.id)).toEqual([ahead.id, note.id, call40.id]);
    expect(
      buildAccountView({ account, reasons: ['email'], people: [] }, bundle([note]), CADENCE, NOW).lastContact,
    ).toBeUndefined();
  });

  it('the portfolio: accounts past their cadence, and their health', () => {
    const other: Account = { ...account, id: 'lw', name: 'Litware' };
    const portfolio = buildPortfolio({
      accounts: [account, other],
      touchpoints: [call40, note, ahead, touch('lw note', 1, { accountId: 'lw', kind: 'note' })],
      issues: [],
      tasks: [],
      opportunities: [],
      cadenceDays: CADENCE,
      now: NOW,
    });
    expect(portfolio.pastCadence).toEqual([
      { id: 'lw', name: 'Litware', daysSince: null, cadence: 14 },
      { id: 'nw', name: 'Northwind', daysSince: 40, cadence: 14 },
    ]);
    expect(portfolio.healthById).toEqual({ nw: { score: 70, band: 'good' }, lw: { score: 70, band: 'good' } });
  });

  it('the briefing: "quiet too long" counts from the last contact', () => {
    const input = {
      bundle: bundle([call40, note]),
      people: [],
      meetingAt: NOW,
      now: NOW,
      stageChanges: [],
      issuesResolvedSince: [],
      cadenceDays: CADENCE,
    };
    expect(RULES.quietTooLong!(input).map((p) => p.text)).toEqual([
      'First contact in 40 days (cadence 14): ask what changed',
    ]);
  });

  it('since the last meeting: a meeting logged ahead of now is not the last meeting', () => {
    const lastQbr = touch('last QBR', 20, { kind: 'meeting' });
    const meetingAt = new Date(NOW.getTime() + 5 * 86_400_000);
    const since = sinceLastMeeting(bundle([lastQbr, ahead, note]), meetingAt, NOW);
    expect(since.lastMeeting).toBe(lastQbr);
    expect(since.touchpoints.map((t) => t.id)).toEqual([note.id]);
  });
});
