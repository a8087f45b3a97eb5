import { describe, expect, it } from 'vitest';
import type { AccountBundle } from '../../utils/background/db/reads';
import { buildBriefing } from '../../utils/shared/insights/briefing';
import { sinceLastMeeting } from '../../utils/shared/insights/since';
import { RULES, talkingPoints, type RuleInput } from '../../utils/shared/insights/talking-points';
import type { AccountMatch, Resolution } from '../../utils/shared/match/resolve';
import type { Account, Contact, Issue, Opportunity, PageContext, Task, Touchpoint } from '../../utils/shared/model';

const NOW = new Date('2026-11-24T12:00:00Z');
const MEETING = '2026-11-26T15:00:00.000Z';
const CADENCE = { strategic: 14, key: 30, standard: 60 };
const stamp = { createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z' };
const ago = (days: number) => new Date(NOW.getTime() - days * 86_400_000).toISOString();

const account = (over: Partial<Account> = {}): Account => ({
  id: 'nw',
  ...stamp,
  name: 'Northwind',
  domains: ['northwind.com'],
  tier: 'strategic',
  status: 'active',
  objectives: [],
  tags: [],
  ...over,
});
const contact: Contact = {
  id: 'ana',
  ...stamp,
  accountId: 'nw',
  name: 'Ana Ruiz',
  emails: ['ana@northwind.com'],
  role: 'decision-maker',
};
const touch = (id: string, days: number, over: Partial<Touchpoint> = {}): Touchpoint => ({
  id,
  ...stamp,
  accountId: 'nw',
  contactIds: [],
  kind: 'email',
  direction: 'outbound',
  occurredAt: ago(days),
  summary: id,
  sentiment: 'neutral',
  ...over,
});
const issue = (id: string, over: Partial<Issue> = {}): Issue => ({
  id,
  ...stamp,
  accountId: 'nw',
  title: id,
  severity: 'high',
  status: 'open',
  openedAt: ago(12),
  ...over,
});
const task = (id: string, dueDays: number, over: Partial<Task> = {}): Task => ({
  id,
  ...stamp,
  accountId: 'nw',
  title: id,
  dueAt: ago(-dueDays),
  ...over,
});
const opp = (id: string, over: Partial<Opportunity> = {}): Opportunity => ({
  id,
  ...stamp,
  accountId: 'nw',
  title: id,
  kind: 'upsell',
  stage: 'proposed',
  ...over,
});

const rich: AccountBundle = {
  account: account({
    renewalDate: '2027-01-04',
    objectives: [{ text: 'Three-year renewal', due: '2026-12-20', done: false }],
  }),
  contacts: [contact],
  touchpoints: [
    touch('last QBR', 30, { kind: 'meeting', sentiment: 'negative' }),
    touch('call after', 10, { kind: 'call' }),
    touch('older meeting', 90, { kind: 'meeting' }),
  ],
  issues: [
    issue('Price-cap clause'),
    issue('EDI outage', { status: 'resolved', resolvedAt: ago(5), openedAt: ago(40) }),
  ],
  tasks: [task('migration plan', -4), task('QBR deck', 1)],
  opportunities: [
    opp('Analytics add-on', {
      nextStep: 'Send ROI model',
      stageHistory: [
        { stage: 'identified', at: ago(60) },
        { stage: 'proposed', at: ago(8) },
      ],
    }),
  ],
};
const empty: AccountBundle = {
  account: account({ id: 'lw', name: 'Litware' }),
  contacts: [],
  touchpoints: [],
  issues: [],
  tasks: [],
  opportunities: [],
};
const match = (bundle: AccountBundle, people: AccountMatch['people'] = []): AccountMatch => ({
  account: bundle.account,
  reasons: ['email'],
  people,
});
const event: PageContext = {
  site: 'google-calendar',
  view: 'event-popup',
  people: [],
  subject: 'Northwind QBR',
  eventId: 'evt_20261126T150000Z',
  start: MEETING,
};

describe('briefing', () => {
  it('for a rich account: attendees with roles, health, since the last meeting, tasks due, ranked talking points citing their records', () => {
    const resolution: Resolution = {
      accounts: [
        match(rich, [
          { email: 'ana@northwind.com', role: 'guest', contact, reason: 'email' },
          { email: 'new@northwind.com', name: 'New Person', role: 'guest', reason: 'domain' },
        ]),
      ],
      unknownDomains: [],
      self: [],
    };
    const briefing = buildBriefing(event, resolution, [rich], CADENCE, NOW)!;
    const [nw] = briefing.accounts;
    expect(briefing.title).toBe('Northwind QBR');
    expect(nw!.view.people.map((p) => [p.name, p.contactRole ?? 'unknown'])).toEqual([
      ['Ana Ruiz', 'decision-maker'],
      ['New Person', 'unknown'],
    ]);
    expect(nw!.since.lastMeeting!.id).toBe('last QBR');
    expect(nw!.since.touchpoints.map((t) => t.id)).toEqual(['call after']);
    expect(nw!.since.issuesResolved.map((i) => i.id)).toEqual(['EDI outage']);
    expect(nw!.since.stageChanges).toEqual([expect.objectContaining({ from: 'identified', to: 'proposed' })]);
    expect(nw!.tasksDue.map((t) => [t.id, t.overdue])).toEqual([
      ['migration plan', true],
      ['QBR deck', false],
    ]);
    expect(nw!.talkingPoints).toHaveLength(5);
    expect(nw!.talkingPoints.map((p) => p.rule)).toEqual([
      'overduePromise',
      'openIssue',
      'renewalWithoutOpportunity',
      'negativeLastMeeting',
      'dueByMeeting',
    ]);
    expect(nw!.talkingPoints[0]).toMatchObject({
      text: expect.stringMatching(/^You promised "migration plan" by .+ \(overdue\)$/),
      source: { store: 'tasks', id: 'migration plan' },
    });
    expect(nw!.talkingPoints[1]!.text).toBe('Raise "Price-cap clause": high issue opened 12 days ago');
    const urgencies = nw!.talkingPoints.map((p) => p.urgency);
    expect([...urgencies].sort((a, b) => b - a)).toEqual(urgencies);
  });

  it('for an account with nothing logged: a card with no talking points beyond what is known', () => {
    const briefing = buildBriefing(
      event,
      { accounts: [match(empty)], unknownDomains: [], self: [] },
      [empty],
      CADENCE,
      NOW,
    )!;
    expect(briefing.accounts[0]!.since).toMatchObject({
      lastMeeting: undefined,
      touchpoints: [],
      issuesOpened: [],
      stageChanges: [],
    });
    expect(briefing.accounts[0]!.talkingPoints).toEqual([]);
  });

  it('is null for an internal meeting', () => {
    expect(
      buildBriefing(event, { accounts: [], unknownDomains: [], self: ['me@mycompany.com'] }, [], CADENCE, NOW),
    ).toBeNull();
  });

  it('still appears for external people at a business domain with no account, to offer creating it', () => {
    const briefing = buildBriefing(
      event,
      {
        accounts: [],
        unknownDomains: [{ domain: 'newclient.io', people: [{ email: 'a@newclient.io', role: 'guest' }] }],
        self: [],
      },
      [],
      CADENCE,
      NOW,
    )!;
    expect(briefing.accounts).toEqual([]);
    expect(briefing.unknownDomains[0]!.domain).toBe('newclient.io');
  });

  it('covers several accounts in one meeting, in the resolution order', () => {
    const briefing = buildBriefing(
      event,
      { accounts: [match(rich), match(empty)], unknownDomains: [], self: [] },
      [rich, empty],
      CADENCE,
      NOW,
    )!;
    expect(briefing.accounts.map((a) => a.view.name)).toEqual(['Northwind', 'Litware']);
  });
});

describe('since the last meeting', () => {
  it('starts after the previous meeting, not this occurrence already logged, and before the meeting', () => {
    const thisOne = touch('this occurrence', 0, {
      kind: 'meeting',
      occurredAt: '2026-11-24T10:00:00.000Z',
      sourceKey: 'google-calendar:evt_1',
    });
    const bundle = { ...rich, touchpoints: [...rich.touchpoints, thisOne] };
    const meeting = new Date('2026-11-24T11:00:00Z');
    expect(sinceLastMeeting(bundle, meeting, NOW, 'google-calendar:evt_1').lastMeeting!.id).toBe('last QBR');
    expect(sinceLastMeeting(bundle, meeting, NOW).lastMeeting!.id).toBe('this occurrence');
  });

  it('falls back to the last 30 days when no meeting was ever logged', () => {
    const window = sinceLastMeeting(
      { ...rich, touchpoints: [touch('recent', 3), touch('old', 45)] },
      new Date(MEETING),
      NOW,
    );
    expect(window.lastMeeting).toBeUndefined();
    expect(window.touchpoints.map((t) => t.id)).toEqual(['recent']);
  });
});

describe('talking point rules', () => {
  const input = (bundle: Partial<AccountBundle>, over: Partial<RuleInput> = {}): RuleInput => ({
    bundle: { ...empty, ...bundle, account: bundle.account ?? account() },
    people: [],
    meetingAt: new Date(MEETING),
    now: NOW,
    stageChanges: [],
    issuesResolvedSince: [],
    cadenceDays: CADENCE,
    ...over,
  });
  const texts = (rule: keyof typeof RULES, i: RuleInput) => RULES[rule]!(i).map((p) => p.text);

  it.each([
    [
      'overduePromise',
      input({ tasks: [task('send plan', -3), task('future', 5), task('done', -3, { doneAt: ago(1) })] }),
      [/^You promised "send plan" by .* \(overdue\)$/],
    ],
    [
      'openIssue',
      input({
        issues: [
          issue('Price cap', { severity: 'critical', openedAt: ago(0) }),
          issue('closed', { status: 'resolved' }),
        ],
      }),
      [/^Raise "Price cap": critical issue opened today$/],
    ],
    [
      'renewalWithoutOpportunity',
      input({ account: account({ renewalDate: '2027-01-04' }) }),
      [/^Renewal in 41 days, no renewal opportunity yet$/],
    ],
    [
      'renewalInPlay',
      input({
        account: account({ renewalDate: '2027-01-04' }),
        opportunities: [opp('Renewal 2027', { kind: 'renewal', nextStep: 'Legal review' })],
      }),
      [/^Renewal in 41 days: "Renewal 2027" is proposed; next: Legal review$/],
    ],
    [
      'negativeLastMeeting',
      input({}, { lastMeeting: touch('Tense QBR', 20, { kind: 'meeting', sentiment: 'negative' }) }),
      [/^Last meeting sentiment: negative \("Tense QBR"\)$/],
    ],
    ['dueByMeeting', input({ tasks: [task('QBR deck', 1), task('later', 10)] }), [/^Due by this meeting: "QBR deck"/]],
    [
      'opportunityNextStep',
      input({
        opportunities: [
          opp('Add-on', { nextStep: 'ROI model', expectedClose: '2026-12-04' }),
          opp('Won', { stage: 'won', nextStep: 'x' }),
        ],
      }),
      [/^Advance "Add-on" \(proposed\): ROI model, closes in 10 days$/],
    ],
    [
      'stageMoved',
      input({}, { stageChanges: [{ opportunity: opp('Add-on'), from: 'identified', to: 'proposed', at: ago(3) }] }),
      [/^"Add-on" moved from identified to proposed since the last meeting$/],
    ],
    [
      'resolvedSince',
      input({}, { issuesResolvedSince: [issue('EDI outage', { status: 'resolved', resolvedAt: ago(5) })] }),
      [/^Confirm the fix for "EDI outage" \(resolved .+\)$/],
    ],
    [
      'quietTooLong',
      input({ touchpoints: [touch('old call', 40)] }),
      [/^First contact in 40 days \(cadence 14\): ask what changed$/],
    ],
    [
      'newFace',
      input({}, { people: [{ email: 'new@northwind.com', name: 'New Person', pageRole: 'guest', reason: 'domain' }] }),
      [/^New face: New Person \(new@northwind.com\); learn their role$/],
    ],
    [
      'objectiveDue',
      input({
        account: account({
          objectives: [
            { text: 'Renew 3y', due: '2026-12-20', done: false },
            { text: 'Done one', due: '2026-12-01', done: true },
          ],
        }),
      }),
      [/^Objective "Renew 3y" due /],
    ],
  ] as const)('%s', (rule, i, expected) => {
    const got = texts(rule, i);
    expect(got).toHaveLength(expected.length);
    expected.forEach((pattern, index) => expect(got[index]).toMatch(pattern));
  });

  it('has at least eight rule types, each silent on an empty account', () => {
    expect(Object.keys(RULES).length).toBeGreaterThanOrEqual(8);
    for (const rule of Object.values(RULES)) expect(rule(input({}))).toEqual([]);
  });

  it('shows at most five, most urgent first', () => {
    const busy = input({
      tasks: [task('a', -1), task('b', -2), task('c', -3)],
      issues: [issue('x', { severity: 'critical' }), issue('y', { severity: 'low' })],
      account: account({ renewalDate: '2027-01-04' }),
    });
    const points = talkingPoints(busy);
    expect(points).toHaveLength(5);
    expect(points.map((p) => p.urgency)).toEqual([...points.map((p) => p.urgency)].sort((a, b) => b - a));
    expect(points.map((p) => p.source.id)).not.toContain('y');
  });
});
