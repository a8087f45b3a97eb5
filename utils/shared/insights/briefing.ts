import type { AccountBundle } from '../model';
import type { Resolution } from '../match/resolve';
import type { PageContext, Task, Tier } from '../model';
import { buildAccountView, type AccountView } from './account-view';
import { sinceLastMeeting, type SinceLastMeeting } from './since';
import { talkingPoints, type TalkingPoint } from './talking-points';

export interface BriefingAccount {
  view: AccountView;
  since: SinceLastMeeting;
  /** Open tasks due by the day after the meeting, overdue ones included. */
  tasksDue: Array<Task & { overdue: boolean }>;
  talkingPoints: TalkingPoint[];
}

export interface Briefing {
  title: string;
  start?: string;
  accounts: BriefingAccount[];
  /** External attendees at business domains with no account yet. */
  unknownDomains: Resolution['unknownDomains'];
}

const DAY = 86_400_000;

/**
 * The pre-meeting briefing. Null for a meeting with no client in it (every
 * attendee is the user, a colleague, or at a free-mail domain and unknown).
 */
export function buildBriefing(
  context: PageContext,
  resolution: Resolution,
  bundles: AccountBundle[],
  cadenceDays: Record<Tier, number>,
  now: Date,
): Briefing | null {
  const meetingAt = context.start ? new Date(context.start) : now;
  const itemKey = context.eventId ? `${context.site}:${context.eventId}` : undefined;
  const accounts = resolution.accounts.flatMap((match) => {
    const bundle = bundles.find((b) => b.account.id === match.account.id);
    if (!bundle) return [];
    const view = buildAccountView(match, bundle, cadenceDays, now);
    const since = sinceLastMeeting(bundle, meetingAt, now, itemKey);
    return [
      {
        view,
        since,
        tasksDue: view.tasks.filter((t) => Date.parse(t.dueAt) <= meetingAt.getTime() + DAY),
        talkingPoints: talkingPoints({
          bundle,
          people: view.people,
          meetingAt,
          now,
          lastMeeting: since.lastMeeting,
          stageChanges: since.stageChanges,
          issuesResolvedSince: since.issuesResolved,
          cadenceDays,
        }),
      },
    ];
  });
  if (accounts.length === 0 && resolution.unknownDomains.length === 0) return null;
  return { title: context.subject ?? '', start: context.start, accounts, unknownDomains: resolution.unknownDomains };
}
