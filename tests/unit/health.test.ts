import { describe, expect, it } from 'vitest';
import { buildAccountView } from '../../utils/shared/insights/account-view';
import { computeHealth, type HealthInput } from '../../utils/shared/insights/health';
import type { Account, Issue, Opportunity, Task, Touchpoint } from '../../utils/shared/model';

const NOW = new Date('2026-11-24T12:00:00Z');
const stamp = { createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z' };
const account: Account = {
  id: 'a',
  ...stamp,
  name: 'Northwind',
  domains: ['northwind.com'],
  tier: 'strategic',
  status: 'active',
  objectives: [],
  tags: [],
  renewalDate: '2027-06-01',
};
const daysAgo = (n: number) => new Date(NOW.getTime() - n * 86_400_000).toISOString();
const touch = (n: number, sentiment: Touchpoint['sentiment'] = 'neutral'): Touchpoint => ({
  id: `t${n}${sentiment}`,
  ...stamp,
  accountId: 'a',
  contactIds: [],
  kind: 'call',
  direction: 'outbound',
  occurredAt: daysAgo(n),
  summary: 'x',
  sentiment,
});
const issue = (severity: Issue['severity'], status: Issue['status'] = 'open'): Issue => ({
  id: `i${severity}${status}${Math.random()}`,
  ...stamp,
  accountId: 'a',
  title: 'x',
  severity,
  status,
  openedAt: daysAgo(5),
});
const task = (dueInDays: number, done = false): Task => ({
  id: `k${dueInDays}${done}`,
  ...stamp,
  accountId: 'a',
  title: 'x',
  dueAt: daysAgo(-dueInDays),
  ...(done ? { doneAt: daysAgo(0) } : {}),
});
const renewalOpp: Opportunity = {
  id: 'o',
  ...stamp,
  accountId: 'a',
  title: 'Renewal',
  kind: 'renewal',
  stage: 'proposed',
};

const base: HealthInput = {
  account,
  touchpoints: [touch(3)],
  issues: [],
  tasks: [],
  opportunities: [],
  cadenceDays: { strategic: 14, key: 30, standard: 60 },
  now: NOW,
};

describe('health score', () => {
  it('is 100 for a healthy account: recent contact, nothing open', () => {
    expect(computeHealth(base)).toEqual({ score: 100, band: 'good', factors: [] });
  });

  it.each([
    ['contact within cadence', { touchpoints: [touch(14)] }, 0, null],
    ['contact 7 days past a 14-day cadence', { touchpoints: [touch(21)] }, 15, 'cadence'],
    ['contact far past cadence (capped)', { touchpoints: [touch(200)] }, 30, 'cadence'],
    ['never contacted', { touchpoints: [] }, 30, 'cadence'],
    [
      'account cadence overrides the tier',
      { account: { ...account, cadenceDays: 60 }, touchpoints: [touch(40)] },
      0,
      null,
    ],
    ['one critical issue', { issues: [issue('critical')] }, 20, 'issues'],
    ['one low issue', { issues: [issue('low')] }, 2, 'issues'],
    ['resolved issues do not count', { issues: [issue('critical', 'resolved')] }, 0, null],
    ['issues are capped', { issues: [issue('critical'), issue('critical'), issue('high')] }, 35, 'issues'],
    ['one negative touchpoint this month', { touchpoints: [touch(3), touch(10, 'negative')] }, 8, 'sentiment'],
    [
      'negative sentiment is capped',
      { touchpoints: [touch(1, 'negative'), touch(2, 'negative'), touch(3, 'negative')] },
      20,
      'sentiment',
    ],
    ['old negative sentiment does not count', { touchpoints: [touch(3), touch(45, 'negative')] }, 0, null],
    ['one overdue task', { tasks: [task(-2)] }, 5, 'overdue'],
    ['done and future tasks do not count', { tasks: [task(-2, true), task(3)] }, 0, null],
    ['overdue tasks are capped', { tasks: [task(-1), task(-2), task(-3), task(-4)] }, 15, 'overdue'],
    [
      'renewal in 41 days with no renewal opportunity',
      { account: { ...account, renewalDate: '2027-01-04' } },
      15,
      'renewal',
    ],
    [
      'renewal in 41 days with a renewal in play',
      { account: { ...account, renewalDate: '2027-01-04' }, opportunities: [renewalOpp] },
      0,
      null,
    ],
    ['renewal in 90 days', { account: { ...account, renewalDate: '2027-02-22' } }, 0, null],
  ] as const)('%s: loses %i points', (_, change, points, key) => {
    const health = computeHealth({ ...base, ...(change as Partial<HealthInput>) });
    expect(100 - health.score).toBe(points);
    expect(health.factors.map((f) => f.key)).toEqual(key ? [key] : []);
  });

  it('adds factors up, never below zero, and bands the score', () => {
    const everything = computeHealth({
      ...base,
      account: { ...account, renewalDate: '2026-12-10' },
      touchpoints: [touch(29, 'negative'), touch(30, 'negative'), touch(30, 'negative')],
      issues: [issue('critical'), issue('critical')],
      tasks: [task(-1), task(-2), task(-3)],
    });
    expect(everything.score).toBe(0);
    expect(everything.band).toBe('risk');
    expect(computeHealth({ ...base, issues: [issue('critical'), issue('medium')] })).toMatchObject({
      score: 74,
      band: 'good',
    });
    expect(computeHealth({ ...base, issues: [issue('critical'), issue('high')] })).toMatchObject({
      score: 68,
      band: 'watch',
    });
  });

  it('says why in words', () => {
    const health = computeHealth({ ...base, touchpoints: [touch(32)], issues: [issue('high'), issue('low')] });
    expect(health.factors.map((f) => f.reason)).toEqual([
      '32 days since last contact (cadence 14)',
      '2 open issues (1 high, 1 low)',
    ]);
  });
});

describe('account view', () => {
  it('maps people, last contact, open issues by severity, open opportunities and tasks with overdue marks', () => {
    const contact = {
      id: 'c',
      ...stamp,
      accountId: 'a',
      name: 'Ana Ruiz',
      emails: ['ana@northwind.com'],
      role: 'champion' as const,
      title: 'VP Operations',
    };
    const view = buildAccountView(
      {
        account,
        reasons: ['email', 'domain'],
        people: [
          { email: 'ana@northwind.com', role: 'from', contact, reason: 'email' },
          { email: 'new@northwind.com', name: 'New', role: 'cc', reason: 'domain' },
        ],
      },
      {
        account,
        contacts: [contact],
        touchpoints: [touch(9), { ...touch(2), loggedBy: 'Sam', kind: 'meeting', summary: 'QBR' }],
        tasks: [task(-1), task(5), task(-3, true)],
        issues: [issue('low'), issue('critical'), issue('high', 'resolved')],
        opportunities: [renewalOpp, { ...renewalOpp, id: 'won', stage: 'won' }],
      },
      base.cadenceDays,
      NOW,
    );
    expect(view.people).toEqual([
      {
        email: 'ana@northwind.com',
        name: 'Ana Ruiz',
        pageRole: 'from',
        contactId: 'c',
        contactRole: 'champion',
        title: 'VP Operations',
        reason: 'email',
      },
      {
        email: 'new@northwind.com',
        name: 'New',
        pageRole: 'cc',
        contactId: undefined,
        contactRole: undefined,
        title: undefined,
        reason: 'domain',
      },
    ]);
    expect(view.lastContact).toEqual({ daysAgo: 2, by: 'Sam', kind: 'meeting', summary: 'QBR' });
    expect(view.timeline.map((t) => t.occurredAt)).toEqual([daysAgo(2), daysAgo(9)]);
    expect(view.openIssues.map((i) => i.severity)).toEqual(['critical', 'low']);
    expect(view.opportunities.map((o) => o.id)).toEqual(['o']);
    expect(view.tasks.map((t) => t.overdue)).toEqual([true, false]);
    expect(view.renewsInDays).toBe(189);
  });
});
