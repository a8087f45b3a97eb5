import type { Account, Contact, Issue, Opportunity, Task, Touchpoint } from '../model';
import { pick, seededRandom } from '../random';
import { seededUuid, type Portfolio } from './portfolio';

/** Sizes of a synthetic book; the full one is a large account manager's or a team's whole CRM. */
export interface SyntheticSize {
  accounts: number;
  contacts: number;
  touchpoints: number;
  tasks: number;
  issues: number;
  opportunities: number;
}
export const FULL_SCALE: SyntheticSize = {
  accounts: 2_000,
  contacts: 20_000,
  touchpoints: 200_000,
  tasks: 10_000,
  issues: 10_000,
  opportunities: 10_000,
};

const FIRST = [
  'Ana',
  'Tom',
  'Priya',
  'Jonas',
  'Sofia',
  'Grace',
  'Omar',
  'Hannah',
  'Felix',
  'Mia',
  'Noah',
  'Oliver',
  'Amelia',
  'Raj',
  'Ellen',
  'David',
  'Luca',
  'Isabel',
  'Emma',
  'Ben',
  'Lena',
  'Marcus',
  'Julia',
  'Catherine',
  'Chen',
  'Aiko',
  'Mateo',
  'Zara',
  'Kwame',
  'Ingrid',
];
const LAST = [
  'Ruiz',
  'Becker',
  'Nair',
  'Weber',
  'Rossi',
  'Kim',
  'Haddad',
  'Brooks',
  'Wagner',
  'Schulz',
  'Fischer',
  'Hughes',
  'Clarke',
  'Patel',
  'Park',
  'Cohen',
  'Meier',
  'Moreno',
  'Laurent',
  'Carter',
  'Hoffmann',
  'Osei',
  'Santos',
  'Dupont',
  'Wang',
  'Tanaka',
  'Garcia',
  'Ahmed',
  'Mensah',
  'Larsen',
];
const WORDS = [
  'North',
  'Blue',
  'River',
  'Summit',
  'Oak',
  'Harbor',
  'Bright',
  'Stone',
  'Silver',
  'Pine',
  'Iron',
  'Cedar',
  'Atlas',
  'Nova',
  'Vertex',
  'Apex',
  'Delta',
  'Orbit',
  'Prism',
  'Quartz',
];
const SUFFIX = [
  'Logistics',
  'Health',
  'Analytics',
  'Foods',
  'Energy',
  'Labs',
  'Capital',
  'Retail',
  'Systems',
  'Media',
  'Works',
  'Partners',
];
const TLD = ['com', 'io', 'co.uk', 'de', 'fr', 'net'];

/**
 * A deterministic synthetic book (same seed, same records, anywhere), dated
 * relative to `now`, for benchmarks at the scale the budgets name.
 */
export function syntheticPortfolio(size: SyntheticSize, now: Date, seed = 42): Portfolio {
  const random = seededRandom(seed);
  const stamp = {
    createdAt: new Date(now.getTime() - 400 * 86_400_000).toISOString(),
    updatedAt: new Date(now.getTime() - 400 * 86_400_000).toISOString(),
  };
  const day = 86_400_000;
  const accounts: Account[] = Array.from({ length: size.accounts }, (_, i) => {
    const name = `${pick(random, WORDS)}${pick(random, WORDS).toLowerCase()} ${pick(random, SUFFIX)} ${i}`;
    const domain = `${name.toLowerCase().replace(/[^a-z0-9]+/g, '-')}.${pick(random, TLD)}`;
    return {
      id: seededUuid(random),
      ...stamp,
      name,
      domains: [domain],
      tier: pick(random, ['strategic', 'key', 'standard'] as const),
      status: pick(random, ['active', 'active', 'at-risk', 'prospect'] as const),
      annualValue: {
        amount: Math.round(random() * 500) * 1000,
        currency: pick(random, ['USD', 'EUR', 'GBP'] as const),
      },
      renewalDate: new Date(now.getTime() + Math.floor(random() * 365) * day).toISOString().slice(0, 10),
      objectives: [],
      tags: [],
    };
  });
  const contacts: Contact[] = Array.from({ length: size.contacts }, (_, i) => {
    const account = accounts[i % accounts.length]!;
    const [first, last] = [pick(random, FIRST), pick(random, LAST)];
    return {
      id: seededUuid(random),
      ...stamp,
      accountId: account.id,
      name: `${first} ${last}`,
      emails: [`${first}.${last}.${i}@${account.domains[0]}`.toLowerCase()],
      role: pick(random, ['champion', 'decision-maker', 'user', 'billing', 'other'] as const),
      title: pick(random, ['CTO', 'VP Sales', 'Buyer', 'Engineer', 'Director']),
    };
  });
  const touchpoints: Touchpoint[] = Array.from({ length: size.touchpoints }, (_, i) => {
    const contact = contacts[Math.floor(random() * contacts.length)]!;
    return {
      id: seededUuid(random),
      ...stamp,
      accountId: contact.accountId,
      contactIds: [contact.id],
      kind: pick(random, ['email', 'call', 'meeting', 'note'] as const),
      direction: pick(random, ['inbound', 'outbound'] as const),
      occurredAt: new Date(now.getTime() - Math.floor(random() * 365 * day)).toISOString(),
      summary: `Touchpoint ${i}`,
      sentiment: pick(random, ['positive', 'neutral', 'negative'] as const),
    };
  });
  const accountOf = () => accounts[Math.floor(random() * accounts.length)]!.id;
  const tasks: Task[] = Array.from({ length: size.tasks }, (_, i) => ({
    id: seededUuid(random),
    ...stamp,
    accountId: accountOf(),
    title: `Follow-up ${i}`,
    dueAt: new Date(now.getTime() + Math.floor((random() - 0.3) * 60) * day).toISOString(),
  }));
  const issues: Issue[] = Array.from({ length: size.issues }, (_, i) => ({
    id: seededUuid(random),
    ...stamp,
    accountId: accountOf(),
    title: `Issue ${i}`,
    severity: pick(random, ['low', 'medium', 'high', 'critical'] as const),
    status: pick(random, ['open', 'resolved'] as const),
    openedAt: new Date(now.getTime() - Math.floor(random() * 90) * day).toISOString(),
  }));
  const opportunities: Opportunity[] = Array.from({ length: size.opportunities }, (_, i) => ({
    id: seededUuid(random),
    ...stamp,
    accountId: accountOf(),
    title: `Opportunity ${i}`,
    kind: pick(random, ['upsell', 'cross-sell', 'renewal'] as const),
    stage: pick(random, ['identified', 'proposed', 'negotiating', 'won', 'lost'] as const),
  }));
  return { accounts, contacts, touchpoints, tasks, issues, opportunities };
}

export function scaled(size: SyntheticSize, factor: number): SyntheticSize {
  return Object.fromEntries(
    Object.entries(size).map(([k, v]) => [k, Math.max(1, Math.round(v * factor))]),
  ) as unknown as SyntheticSize;
}

/**
 * The sidebar's worst case: the first `count` touchpoints move to the first account (with its first contact),
 * so one account has at least `count` while the book's totals stay the same.
 */
export function withBusyAccount(portfolio: Portfolio, count: number): Portfolio {
  const account = portfolio.accounts[0]!;
  const contact = portfolio.contacts.find((c) => c.accountId === account.id)!;
  const touchpoints = portfolio.touchpoints.map((t, i) =>
    i < count ? { ...t, accountId: account.id, contactIds: [contact.id] } : t,
  );
  return { ...portfolio, touchpoints };
}
