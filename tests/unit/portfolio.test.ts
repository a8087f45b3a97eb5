import { describe, expect, it } from 'vitest';
import { buildPortfolio, totalsByCurrency, touchpointsPerWeek, weekStart } from '../../utils/shared/insights/portfolio';
import type { Account, Issue, Touchpoint } from '../../utils/shared/model';
import { DEFAULT_SETTINGS } from '../../utils/settings/settings';

const NOW = new Date(2026, 10, 24, 12); // Tuesday 24 Nov 2026, local
const stamp = { createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z' };
const account = (id: string, over: Partial<Account> = {}): Account => ({
  id,
  ...stamp,
  name: id,
  domains: [`${id}.com`],
  tier: 'key',
  status: 'active',
  objectives: [],
  tags: [],
  ...over,
});
const touch = (accountId: string, daysAgo: number, over: Partial<Touchpoint> = {}): Touchpoint => ({
  id: `${accountId}-${daysAgo}`,
  ...stamp,
  accountId,
  contactIds: [],
  kind: 'call',
  direction: 'outbound',
  occurredAt: new Date(NOW.getTime() - daysAgo * 86_400_000).toISOString(),
  summary: '',
  sentiment: 'neutral',
  ...over,
});
const issue = (accountId: string, severity: Issue['severity'], status: Issue['status'] = 'open'): Issue => ({
  id: `${accountId}-${severity}-${status}`,
  ...stamp,
  accountId,
  title: 'x',
  severity,
  status,
  openedAt: stamp.createdAt,
});

describe('portfolio', () => {
  const accounts = [
    account('soon', { renewalDate: '2026-12-10', annualValue: { amount: 100, currency: 'USD' } }),
    account('later', { renewalDate: '2027-02-01', annualValue: { amount: 50, currency: 'EUR' } }),
    account('mid', { renewalDate: '2027-01-10', annualValue: { amount: 30, currency: 'USD' } }),
    account('quiet', { tier: 'strategic' }),
    account('never'),
    account('prospect', { status: 'prospect', renewalDate: '2026-12-01' }),
    account('gone', { status: 'churned', renewalDate: '2026-12-01' }),
  ];
  const touchpoints = [
    touch('soon', 2),
    touch('later', 5),
    touch('mid', 10),
    touch('quiet', 40),
    touch('quiet', 3, { deletedAt: '2026-11-24T00:00:00.000Z' }),
  ];
  const portfolio = buildPortfolio({
    accounts,
    touchpoints,
    issues: [issue('soon', 'critical'), issue('mid', 'low'), issue('mid', 'high', 'resolved')],
    tasks: [],
    opportunities: [],
    cadenceDays: DEFAULT_SETTINGS.cadenceDays,
    now: NOW,
  });

  it('counts renewals in the next 30, 60 and 90 days with their value per currency, clients only', () => {
    expect(portfolio.renewals.map((w) => [w.days, w.accounts.map((a) => a.name), w.totals])).toEqual([
      [30, ['soon'], [{ amount: 100, currency: 'USD' }]],
      [60, ['soon', 'mid'], [{ amount: 130, currency: 'USD' }]],
      [
        90,
        ['soon', 'mid', 'later'],
        [
          { amount: 50, currency: 'EUR' },
          { amount: 130, currency: 'USD' },
        ],
      ],
    ]);
  });

  it('lists clients past their cadence, worst first, never contacted before all', () => {
    expect(portfolio.pastCadence).toEqual([
      { id: 'never', name: 'never', daysSince: null, cadence: 30 },
      { id: 'quiet', name: 'quiet', daysSince: 40, cadence: 14 },
    ]);
  });

  it('spreads clients across health bands and counts open issues by severity', () => {
    expect(portfolio.health.good + portfolio.health.watch + portfolio.health.risk).toBe(5);
    expect(Object.keys(portfolio.healthById).sort()).toEqual(['later', 'mid', 'never', 'quiet', 'soon']);
    const counted = Object.values(portfolio.healthById).reduce((n, h) => ({ ...n, [h.band]: n[h.band] + 1 }), {
      good: 0,
      watch: 0,
      risk: 0,
    });
    expect(counted).toEqual(portfolio.health);
    expect(portfolio.healthById.soon!.score).toBeLessThan(portfolio.healthById.later!.score);
    expect(portfolio.openIssues).toEqual({ low: 1, medium: 0, high: 0, critical: 1 });
  });

  it('counts touchpoints per week, Monday to Sunday, oldest first, deleted ones left out', () => {
    expect(weekStart('2026-11-24')).toBe('2026-11-23');
    expect(weekStart('2026-11-29')).toBe('2026-11-23');
    const weeks = touchpointsPerWeek(touchpoints, NOW, 12);
    expect(weeks).toHaveLength(12);
    expect(weeks.at(-1)).toEqual({ week: '2026-11-23', count: 0 });
    expect(weeks.at(-2)).toEqual({ week: '2026-11-16', count: 2 });
    expect(weeks.reduce((n, w) => n + w.count, 0)).toBe(4);
  });

  it('adds money per currency, never across currencies', () => {
    expect(
      totalsByCurrency([
        { amount: 1, currency: 'GBP' },
        { amount: 2, currency: 'EUR' },
        { amount: 3, currency: 'GBP' },
      ]),
    ).toEqual([
      { amount: 2, currency: 'EUR' },
      { amount: 4, currency: 'GBP' },
    ]);
  });
});
