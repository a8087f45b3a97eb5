import { describe, expect, it } from 'vitest';
import { buildDemoPortfolio } from '../../utils/shared/demo/portfolio';
import { retention, stateAt } from '../../utils/shared/insights/retention';
import type { Account, AccountChange } from '../../utils/shared/model';

const NOW = new Date(2026, 10, 24, 12); // 24 Nov 2026, local
const ago = (days: number) => new Date(NOW.getTime() - days * 86_400_000).toISOString();
const usd = (amount: number) => ({ amount, currency: 'USD' });
const account = (id: string, history: AccountChange[], over: Partial<Account> = {}): Account => {
  const last = history.at(-1)!;
  return {
    id,
    createdAt: history[0]!.at,
    updatedAt: last.at,
    name: id,
    domains: [],
    tier: 'key',
    status: last.status,
    objectives: [],
    tags: [],
    ...(last.annualValue ? { annualValue: last.annualValue } : {}),
    history,
    ...over,
  };
};

const book = [
  account('steady', [{ at: ago(400), status: 'active', annualValue: usd(100) }]),
  account('grew', [
    { at: ago(400), status: 'active', annualValue: usd(100) },
    { at: ago(20), status: 'active', annualValue: usd(160) },
  ]),
  account('wobbly', [
    { at: ago(400), status: 'active', annualValue: usd(50) },
    { at: ago(10), status: 'at-risk', annualValue: usd(50) },
  ]),
  account('lost', [
    { at: ago(400), status: 'active', annualValue: usd(80) },
    { at: ago(40), status: 'churned', annualValue: usd(80) },
  ]),
  account('lost-long-ago', [
    { at: ago(400), status: 'active', annualValue: usd(70) },
    { at: ago(200), status: 'churned', annualValue: usd(70) },
  ]),
  account('won', [
    { at: ago(300), status: 'prospect' },
    { at: ago(30), status: 'active', annualValue: { amount: 40, currency: 'EUR' } },
  ]),
  account('new', [{ at: ago(5), status: 'active', annualValue: usd(30) }]),
  account('trashed', [{ at: ago(400), status: 'active', annualValue: usd(999) }], { deletedAt: ago(1) }),
];

describe('retention and value growth', () => {
  it('reads an account state at an instant from its history', () => {
    expect(stateAt(book[1]!, ago(30))?.annualValue).toEqual(usd(100));
    expect(stateAt(book[1]!, ago(1))?.annualValue).toEqual(usd(160));
    expect(stateAt(book[6]!, ago(30))).toBeNull();
    const legacy = { ...book[0]!, history: undefined, createdAt: ago(10) };
    expect(stateAt(legacy, ago(20))).toBeNull();
    expect(stateAt(legacy, ago(1))).toMatchObject({ status: 'active' });
  });

  it('over 90 days: clients kept over clients at the start, who was lost, who was won, value per currency', () => {
    const r = retention(book, 90, NOW);
    expect(r.from).toBe('2026-08-26');
    expect(r.clientsAtStart).toBe(4); // steady, grew, wobbly, lost
    expect(r.kept).toBe(3);
    expect(r.rate).toBe(0.75);
    expect(r.lost).toEqual([{ id: 'lost', name: 'lost' }]);
    expect(r.won).toBe(2); // won (prospect → active) and new
    expect(r.value).toEqual([
      { currency: 'EUR', atStart: 0, now: 40, growth: null },
      { currency: 'USD', atStart: 330, now: 340, growth: 10 / 330 },
    ]);
  });

  it('over 30 days the churn 40 days ago is before the period: everyone at the start was kept', () => {
    const r = retention(book, 30, NOW);
    expect([r.clientsAtStart, r.kept, r.rate]).toEqual([3, 3, 1]);
    expect(r.value.find((v) => v.currency === 'USD')).toEqual({
      currency: 'USD',
      atStart: 250,
      now: 340,
      growth: 90 / 250,
    });
  });

  it('has no rate when there were no clients at the start', () => {
    expect(retention([book[6]!], 30, NOW)).toMatchObject({ clientsAtStart: 0, kept: 0, rate: null, won: 1 });
  });

  it('gives the demo book a churn and growth to show', () => {
    const demo = buildDemoPortfolio(NOW);
    const r = retention(demo.accounts, 90, NOW);
    expect(r.lost.map((a) => a.name)).toEqual(['Coho Vineyard']);
    expect(r.rate).toBeCloseTo(10 / 11);
    expect(r.value.find((v) => v.currency === 'USD')!.growth).toBeGreaterThan(0);
  });
});
