import { daysBetween, formatShortDate, toLocalDate } from '../dates';
import type { AccountBundle } from '../model';
import type { Issue, StoreName, Touchpoint } from '../model';
import type { PersonOnPage } from './account-view';
import { cadenceOf, lastContact } from './health';
import type { StageChange } from './since';

/** One thing worth saying in the meeting, and the record it comes from. */
export interface TalkingPoint {
  rule: string;
  text: string;
  /** Higher is more urgent; points are shown most urgent first, at most five. */
  urgency: number;
  source: { store: StoreName; id: string };
}

export interface RuleInput {
  bundle: AccountBundle;
  people: PersonOnPage[];
  /** The meeting's start (or now when unknown). */
  meetingAt: Date;
  now: Date;
  /** The previous meeting with this account, if one was logged. */
  lastMeeting?: Touchpoint;
  stageChanges: StageChange[];
  issuesResolvedSince: Issue[];
  cadenceDays: Parameters<typeof cadenceOf>[1];
}

type Rule = (input: RuleInput) => TalkingPoint[];
const DAY = 86_400_000;
const date = (iso: string, now: Date) => formatShortDate(toLocalDate(iso), toLocalDate(now));
const ageDays = (iso: string, now: Date) => daysBetween(toLocalDate(iso), toLocalDate(now));
const SEVERITY_URGENCY = { critical: 95, high: 85, medium: 60, low: 30 } as const;

/** Each rule is pure and tested on its own (tests/unit/talking-points.test.ts). */
export const RULES: Record<string, Rule> = {
  overduePromise: ({ bundle, now }) =>
    bundle.tasks
      .filter((t) => !t.doneAt && Date.parse(t.dueAt) < now.getTime())
      .map((t) =>
        point(
          'overduePromise',
          `You promised "${t.title}" by ${date(t.dueAt, now)} (overdue)`,
          90 + Math.min(9, ageDays(t.dueAt, now)),
          'tasks',
          t,
        ),
      ),

  openIssue: ({ bundle, now }) =>
    bundle.issues
      .filter((i) => i.status === 'open')
      .map((i) => {
        const age = ageDays(i.openedAt, now);
        return point(
          'openIssue',
          `Raise "${i.title}": ${i.severity} issue opened ${age === 0 ? 'today' : `${age} days ago`}`,
          SEVERITY_URGENCY[i.severity],
          'issues',
          i,
        );
      }),

  renewalWithoutOpportunity: ({ bundle, now }) => {
    const { account } = bundle;
    if (!account.renewalDate) return [];
    const days = daysBetween(toLocalDate(now), account.renewalDate);
    const inPlay = bundle.opportunities.some((o) => o.kind === 'renewal' && o.stage !== 'won' && o.stage !== 'lost');
    return days >= 0 && days <= 90 && !inPlay
      ? [
          point(
            'renewalWithoutOpportunity',
            `Renewal in ${days} days, no renewal opportunity yet`,
            80 + (days <= 30 ? 8 : 0),
            'accounts',
            account,
          ),
        ]
      : [];
  },

  renewalInPlay: ({ bundle, now }) => {
    const { account } = bundle;
    if (!account.renewalDate) return [];
    const days = daysBetween(toLocalDate(now), account.renewalDate);
    if (days < 0 || days > 90) return [];
    return bundle.opportunities
      .filter((o) => o.kind === 'renewal' && o.stage !== 'won' && o.stage !== 'lost')
      .map((o) =>
        point(
          'renewalInPlay',
          `Renewal in ${days} days: "${o.title}" is ${o.stage}${o.nextStep ? `; next: ${o.nextStep}` : ''}`,
          70,
          'opportunities',
          o,
        ),
      );
  },

  negativeLastMeeting: ({ lastMeeting }) =>
    lastMeeting?.sentiment === 'negative'
      ? [
          point(
            'negativeLastMeeting',
            `Last meeting sentiment: negative ("${lastMeeting.summary}")`,
            75,
            'touchpoints',
            lastMeeting,
          ),
        ]
      : [],

  dueByMeeting: ({ bundle, meetingAt, now }) =>
    bundle.tasks
      .filter(
        (t) => !t.doneAt && Date.parse(t.dueAt) >= now.getTime() && Date.parse(t.dueAt) <= meetingAt.getTime() + DAY,
      )
      .map((t) => point('dueByMeeting', `Due by this meeting: "${t.title}" (${date(t.dueAt, now)})`, 65, 'tasks', t)),

  opportunityNextStep: ({ bundle, now }) =>
    bundle.opportunities
      .filter((o) => o.kind !== 'renewal' && o.stage !== 'won' && o.stage !== 'lost' && o.nextStep)
      .map((o) => {
        const closing = o.expectedClose ? daysBetween(toLocalDate(now), o.expectedClose) : undefined;
        const soon = closing !== undefined && closing >= 0 && closing <= 30;
        return point(
          'opportunityNextStep',
          `Advance "${o.title}" (${o.stage}): ${o.nextStep}${soon ? `, closes in ${closing} days` : ''}`,
          soon ? 58 : 50,
          'opportunities',
          o,
        );
      }),

  stageMoved: ({ stageChanges }) =>
    stageChanges.map((c) =>
      point(
        'stageMoved',
        `"${c.opportunity.title}" moved ${c.from ? `from ${c.from} ` : ''}to ${c.to} since the last meeting`,
        c.to === 'lost' ? 72 : 45,
        'opportunities',
        c.opportunity,
      ),
    ),

  resolvedSince: ({ issuesResolvedSince, now }) =>
    issuesResolvedSince.map((i) =>
      point(
        'resolvedSince',
        `Confirm the fix for "${i.title}" (resolved ${date(i.resolvedAt!, now)})`,
        40,
        'issues',
        i,
      ),
    ),

  quietTooLong: ({ bundle, now, cadenceDays }) => {
    const last = lastContact(bundle.touchpoints, now);
    const cadence = cadenceOf(bundle.account, cadenceDays);
    if (!last) return [];
    const since = ageDays(last.occurredAt, now);
    return since > cadence
      ? [
          point(
            'quietTooLong',
            `First contact in ${since} days (cadence ${cadence}): ask what changed`,
            42,
            'touchpoints',
            last,
          ),
        ]
      : [];
  },

  newFace: ({ people, bundle }) =>
    people
      .filter((p) => !p.contactId && p.email)
      .map((p) =>
        point(
          'newFace',
          `New face: ${p.name && p.name !== p.email ? `${p.name} (${p.email})` : p.email}; learn their role`,
          35,
          'accounts',
          bundle.account,
        ),
      ),

  objectiveDue: ({ bundle, now }) =>
    bundle.account.objectives
      .filter((o) => !o.done && o.due && daysBetween(toLocalDate(now), o.due) <= 45)
      .map((o) =>
        point(
          'objectiveDue',
          `Objective "${o.text}" due ${formatShortDate(o.due!, toLocalDate(now))}`,
          44,
          'accounts',
          bundle.account,
        ),
      ),
};

function point(rule: string, text: string, urgency: number, store: StoreName, record: { id: string }): TalkingPoint {
  return { rule, text, urgency, source: { store, id: record.id } };
}

/** Every rule's points, most urgent first, at most `limit`. */
export function talkingPoints(input: RuleInput, limit = 5): TalkingPoint[] {
  return Object.values(RULES)
    .flatMap((rule) => rule(input))
    .sort((a, b) => b.urgency - a.urgency)
    .slice(0, limit);
}
