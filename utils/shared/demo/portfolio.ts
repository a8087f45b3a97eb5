import { addDays, toLocalDate } from '../dates';
import type {
  Account,
  AccountChange,
  Contact,
  Issue,
  Opportunity,
  Sentiment,
  Task,
  Touchpoint,
  TouchpointKind,
} from '../model';
import { pick, seededRandom } from '../random';
import { DEMO_ACCOUNTS, type DemoAccountSpec } from './accounts';

export interface Portfolio {
  accounts: Account[];
  contacts: Contact[];
  touchpoints: Touchpoint[];
  tasks: Task[];
  issues: Issue[];
  opportunities: Opportunity[];
}

const DAY = 86_400_000;
const SUMMARIES: Record<TouchpointKind, string[]> = {
  email: [
    'Sent the monthly usage report',
    'Answered questions on the invoice',
    'Shared release notes for the new version',
    'Followed up on open action items',
  ],
  call: [
    'Check-in call on adoption',
    'Call about the renewal timeline',
    'Escalation call with their IT team',
    'Walked through the roadmap',
  ],
  meeting: [
    'Quarterly business review',
    'Workshop on reporting needs',
    'Onsite training for new users',
    'Steering committee',
  ],
  note: [
    'Heard budget planning starts next month',
    'Champion may move to another team',
    'Competitor demo reported by a user',
  ],
  visit: ['Site visit at their main warehouse', 'Dinner with the executive sponsor'],
};
const CADENCE = { strategic: 9, key: 16, standard: 30 } as const;

/** A stable, pseudo-random UUID, so the demo and the bench produce the same records every run. */
export function seededUuid(random: () => number): string {
  const hex = Array.from({ length: 32 }, () => Math.floor(random() * 16).toString(16)).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20)}`;
}

/** The account's status and value since its creation, with the one change its spec names. */
function demoHistory(spec: DemoAccountSpec, created: string, now: Date): AccountChange[] {
  // Not from the seeded random sequence: the rest of the demo stays the same as before histories existed.
  const at = (daysAgo: number) => new Date(now.getTime() - daysAgo * DAY).toISOString();
  const value = (amount?: number) => (amount ? { annualValue: { amount, currency: spec.currency } } : {});
  const current: AccountChange = { at: created, status: spec.status, ...value(spec.value) };
  if (!spec.was) return [current];
  return [
    { at: created, status: spec.was.status ?? spec.status, ...value(spec.was.value ?? spec.value) },
    { ...current, at: at(spec.was.until) },
  ];
}

/** The demo book of twelve accounts, dated relative to `now`: renewals over the next year, six months of history. */
export function buildDemoPortfolio(now: Date, seed = 2026): Portfolio {
  const random = seededRandom(seed);
  const today = toLocalDate(now);
  const at = (daysAgo: number, hour = 10) => {
    const d = new Date(now.getTime() - daysAgo * DAY);
    d.setHours(hour, Math.floor(random() * 4) * 15, 0, 0);
    return d.toISOString();
  };
  const created = at(200);
  const stamp = { createdAt: created, updatedAt: created };
  const out: Portfolio = { accounts: [], contacts: [], touchpoints: [], tasks: [], issues: [], opportunities: [] };

  for (const spec of DEMO_ACCOUNTS) {
    const accountId = seededUuid(random);
    out.accounts.push({
      id: accountId,
      ...stamp,
      name: spec.name,
      domains: [spec.domain],
      tier: spec.tier,
      status: spec.status,
      owner: 'You',
      industry: spec.industry,
      ...(spec.value ? { annualValue: { amount: spec.value, currency: spec.currency } } : {}),
      ...(spec.renewsIn === null
        ? {}
        : { renewalDate: addDays(today, spec.renewsIn), contractStart: addDays(today, spec.renewsIn - 365) }),
      preferredChannel: spec.channel,
      objectives: spec.objectives.map((text, i) => ({ text, due: addDays(today, 60 + i * 60), done: false })),
      tags: [spec.industry.toLowerCase().split(' ')[0]!],
      notes: spec.notes,
      history: demoHistory(spec, created, now),
    });
    const contactIds = spec.contacts.map((c) => {
      const id = seededUuid(random);
      out.contacts.push({
        id,
        ...stamp,
        accountId,
        name: c.name,
        emails: [`${c.local}@${spec.domain}`],
        title: c.title,
        role: c.role,
      });
      return id;
    });

    const kinds: TouchpointKind[] =
      spec.channel === 'meeting'
        ? ['meeting', 'email', 'email', 'call']
        : spec.channel === 'call'
          ? ['call', 'call', 'email', 'meeting']
          : ['email', 'email', 'call', 'note'];
    for (let daysAgo = spec.quietFor; daysAgo < 180; daysAgo += Math.round(CADENCE[spec.tier] * (0.5 + random()))) {
      const kind = random() < 0.05 ? 'visit' : pick(random, kinds);
      const sentiment: Sentiment =
        spec.status === 'at-risk' && daysAgo < 40
          ? pick(random, ['negative', 'neutral'] as const)
          : pick(random, ['positive', 'positive', 'neutral'] as const);
      out.touchpoints.push({
        id: seededUuid(random),
        ...stamp,
        accountId,
        contactIds: [pick(random, contactIds)],
        kind,
        direction: random() < 0.35 ? 'inbound' : 'outbound',
        occurredAt: at(daysAgo, 9 + Math.floor(random() * 8)),
        summary: pick(random, SUMMARIES[kind]),
        sentiment,
        loggedBy: 'You',
      });
    }
    for (const issue of spec.issues) {
      out.issues.push({
        id: seededUuid(random),
        ...stamp,
        accountId,
        title: issue.title,
        severity: issue.severity,
        status: issue.resolved ? 'resolved' : 'open',
        openedAt: at(issue.ageDays),
        ...(issue.resolved ? { resolvedAt: at(Math.max(1, issue.ageDays - 10)), resolution: issue.resolved } : {}),
      });
    }
    for (const opp of spec.opportunities) {
      out.opportunities.push({
        id: seededUuid(random),
        ...stamp,
        accountId,
        title: opp.title,
        kind: opp.kind,
        value: { amount: opp.value, currency: spec.currency },
        stage: opp.stage,
        expectedClose: addDays(today, opp.closeIn),
        nextStep: opp.nextStep,
      });
    }
    for (const task of spec.tasks) {
      out.tasks.push({
        id: seededUuid(random),
        ...stamp,
        accountId,
        contactId: contactIds[0],
        title: task.title,
        dueAt: at(-task.dueIn, 17),
        ...(task.done ? { doneAt: at(1) } : {}),
      });
    }
  }
  return out;
}
