import { describe, expect, it } from 'vitest';
import { buildDemoPortfolio } from '../../utils/shared/demo/portfolio';
import { filterAccounts, NO_FILTER } from '../../utils/shared/insights/account-filter';

const NOW = new Date('2026-11-24T12:00:00Z');
const { accounts } = buildDemoPortfolio(NOW);
const names = (f: Partial<typeof NO_FILTER>) =>
  filterAccounts(accounts, { ...NO_FILTER, ...f }, '2026-11-24').map((a) => a.name);

describe('accounts list filters', () => {
  it('searches names and domains', () => {
    expect(names({ text: 'north' })).toEqual(['Northwind Traders']);
    expect(names({ text: 'tailspin-air' })).toEqual(['Tailspin Air']);
  });
  it('filters by tier, status and renewal window', () => {
    expect(names({ tier: 'strategic' })).toEqual([
      'Contoso Pharmaceuticals',
      'Northwind Traders',
      'Woodgrove Financial',
    ]);
    expect(names({ status: 'at-risk' })).toEqual(['Adventure Works Cycles', 'Contoso Pharmaceuticals']);
    expect(names({ renewalWithin: 30 })).toEqual(['Adventure Works Cycles', 'Contoso Pharmaceuticals']);
  });
  it('filters by health band and sorts the weakest first, leaving accounts without health out of a band', () => {
    const health: Record<string, { score: number; band: 'good' | 'watch' | 'risk' }> = {
      [accounts.find((a) => a.name === 'Northwind Traders')!.id]: { score: 68, band: 'watch' },
      [accounts.find((a) => a.name === 'Contoso Pharmaceuticals')!.id]: { score: 31, band: 'risk' },
      [accounts.find((a) => a.name === 'Tailspin Air')!.id]: { score: 92, band: 'good' },
    };
    const byHealth = (f: Partial<typeof NO_FILTER>) =>
      filterAccounts(accounts, { ...NO_FILTER, ...f }, '2026-11-24', (id) => health[id]).map((a) => a.name);
    expect(byHealth({ health: 'risk' })).toEqual(['Contoso Pharmaceuticals']);
    expect(byHealth({ health: 'watch' })).toEqual(['Northwind Traders']);
    expect(byHealth({ sort: 'health' }).slice(0, 3)).toEqual([
      'Contoso Pharmaceuticals',
      'Northwind Traders',
      'Tailspin Air',
    ]);
    expect(byHealth({ sort: 'health' })).toHaveLength(accounts.length);
  });
  it('sorts by renewal date and by value within a currency', () => {
    expect(names({ sort: 'renewal' }).slice(0, 3)).toEqual([
      'Coho Vineyard',
      'Contoso Pharmaceuticals',
      'Adventure Works Cycles',
    ]);
    expect(names({ sort: 'value' }).slice(0, 2)).toEqual(['Fabrikam Logistics', 'Adventure Works Cycles']);
    expect(names({ sort: 'value' }).at(-1)).toBe('Alpine Ski House');
    expect(
      names({ sort: 'value', status: 'active', text: 'o' }).filter((n) =>
        ['Woodgrove Financial', 'Northwind Traders'].includes(n),
      ),
    ).toEqual(['Woodgrove Financial', 'Northwind Traders']);
  });
});
