import { daysBetween, toLocalDate } from '../dates';
import type { AccountBundle } from '../model';
import type { AccountMatch, MatchReason } from '../match/resolve';
import type {
  Channel,
  ContactRole,
  Issue,
  Opportunity,
  PersonRole,
  Task,
  Tier,
  Touchpoint,
  TouchpointKind,
} from '../model';
import { computeHealth, lastContact, type Health } from './health';

/** Everything the sidebar shows for one matched account, derived from its records. */
export interface AccountView {
  id: string;
  name: string;
  tier: Tier;
  status: string;
  health: Health;
  annualValue?: { amount: number; currency: string };
  renewalDate?: string;
  /** Days until renewal (negative once passed). */
  renewsInDays?: number;
  owner?: string;
  preferredChannel?: Channel;
  notes?: string;
  reasons: MatchReason[];
  people: PersonOnPage[];
  /** The latest touchpoint that counts as contact: no note, nothing dated after now (`countsAsContact`). */
  lastContact?: { daysAgo: number; by: string; kind: TouchpointKind; summary: string };
  timeline: Touchpoint[];
  openIssues: Array<Issue & { ageDays: number }>;
  opportunities: Opportunity[];
  tasks: Array<Task & { overdue: boolean }>;
}

export interface PersonOnPage {
  email?: string;
  name: string;
  pageRole: PersonRole;
  /** The contact this person is; unset when unknown, and when the name shown is shared by several contacts (`ambiguous`). */
  contactId?: string;
  contactRole?: ContactRole;
  title?: string;
  reason: MatchReason;
  /**
   * Shown by name only, and this many contacts share the name: this is one candidate (its name, role and title
   * shown), never taken as the contact, so nothing is logged against it.
   */
  ambiguous?: number;
}

export function buildAccountView(
  match: AccountMatch,
  bundle: AccountBundle,
  cadenceDays: Record<Tier, number>,
  now: Date,
): AccountView {
  const { account } = bundle;
  const today = toLocalDate(now);
  const last = lastContact(bundle.touchpoints, now);
  return {
    id: account.id,
    name: account.name,
    tier: account.tier,
    status: account.status,
    health: computeHealth({ ...bundle, cadenceDays, now }),
    annualValue: account.annualValue,
    renewalDate: account.renewalDate,
    renewsInDays: account.renewalDate ? daysBetween(today, account.renewalDate) : undefined,
    owner: account.owner,
    preferredChannel: account.preferredChannel,
    notes: account.notes,
    reasons: match.reasons,
    people: match.people.map((p) => ({
      email: p.email,
      name: p.contact?.name ?? p.name ?? p.email ?? '',
      pageRole: p.role,
      contactId: p.ambiguous ? undefined : p.contact?.id,
      contactRole: p.contact?.role,
      title: p.contact?.title,
      reason: p.reason,
      ...(p.ambiguous ? { ambiguous: p.ambiguous } : {}),
    })),
    lastContact: last && {
      daysAgo: daysBetween(toLocalDate(last.occurredAt), today),
      by: last.loggedBy || 'You',
      kind: last.kind,
      summary: last.summary,
    },
    timeline: [...bundle.touchpoints].sort((a, b) => b.occurredAt.localeCompare(a.occurredAt)),
    openIssues: bundle.issues
      .filter((i) => i.status === 'open')
      .map((i) => ({ ...i, ageDays: daysBetween(toLocalDate(i.openedAt), today) }))
      .sort((a, b) => SEVERITY_ORDER.indexOf(a.severity) - SEVERITY_ORDER.indexOf(b.severity) || b.ageDays - a.ageDays),
    opportunities: bundle.opportunities.filter((o) => o.stage !== 'won' && o.stage !== 'lost'),
    tasks: bundle.tasks
      .filter((t) => !t.doneAt)
      .map((t) => ({ ...t, overdue: Date.parse(t.dueAt) < now.getTime() }))
      .sort((a, b) => a.dueAt.localeCompare(b.dueAt)),
  };
}

const SEVERITY_ORDER = ['critical', 'high', 'medium', 'low'];
