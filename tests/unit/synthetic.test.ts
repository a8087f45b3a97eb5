import { describe, expect, it } from 'vitest';
import { FULL_SCALE, scaled, syntheticPortfolio, withBusyAccount } from '../../utils/shared/demo/synthetic';

describe('synthetic portfolio for benchmarks', () => {
  const now = new Date('2026-11-24T12:00:00Z');
  const small = scaled(FULL_SCALE, 0.01);

  it('is deterministic: the same seed gives the same records', () => {
    expect(syntheticPortfolio(small, now)).toEqual(syntheticPortfolio(small, now));
    expect(syntheticPortfolio(small, now, 1).accounts[0]!.name).not.toBe(
      syntheticPortfolio(small, now, 2).accounts[0]!.name,
    );
  });

  it('has the sizes asked for, unique domains and addresses, and children pointing at real accounts', () => {
    const p = syntheticPortfolio(small, now);
    expect(small).toEqual({
      accounts: 20,
      contacts: 200,
      touchpoints: 2000,
      tasks: 100,
      issues: 100,
      opportunities: 100,
    });
    expect([p.accounts.length, p.contacts.length, p.touchpoints.length, p.tasks.length]).toEqual([20, 200, 2000, 100]);
    expect(new Set(p.accounts.flatMap((a) => a.domains)).size).toBe(20);
    expect(new Set(p.contacts.flatMap((c) => c.emails)).size).toBe(200);
    const ids = new Set(p.accounts.map((a) => a.id));
    expect(p.touchpoints.every((t) => ids.has(t.accountId))).toBe(true);
  });

  it('scales the full book of 2,000 accounts, 20,000 contacts, 200,000 touchpoints', () => {
    expect(FULL_SCALE).toEqual({
      accounts: 2000,
      contacts: 20000,
      touchpoints: 200000,
      tasks: 10000,
      issues: 10000,
      opportunities: 10000,
    });
  });

  it("gives one account the sidebar's worst case without changing the totals", () => {
    const p = syntheticPortfolio(small, now);
    const busy = withBusyAccount(p, 1500);
    const first = p.accounts[0]!.id;
    expect(busy.touchpoints.length).toBe(p.touchpoints.length);
    expect(busy.touchpoints.filter((t) => t.accountId === first).length).toBeGreaterThanOrEqual(1500);
    // Each moved touchpoint names a contact of its new account.
    const contactsOfFirst = new Set(p.contacts.filter((c) => c.accountId === first).map((c) => c.id));
    expect(
      busy.touchpoints
        .filter((t) => t.accountId === first)
        .every((t) => t.contactIds.every((id) => contactsOfFirst.has(id))),
    ).toBe(true);
    expect(withBusyAccount(p, 1500)).toEqual(busy);
  });
});
