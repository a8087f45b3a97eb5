import type { AccountBundle } from '../model';
import type { Issue, Opportunity, OpportunityStage, Touchpoint } from '../model';

export interface StageChange {
  opportunity: Opportunity;
  from?: OpportunityStage;
  to: OpportunityStage;
  at: string;
}

export interface SinceLastMeeting {
  /** The previous meeting with this account; undefined when none was logged (the window is then the last 30 days). */
  lastMeeting?: Touchpoint;
  from: string;
  touchpoints: Touchpoint[];
  issuesOpened: Issue[];
  issuesResolved: Issue[];
  stageChanges: StageChange[];
}

const DAY = 86_400_000;

/**
 * What happened with the account between its previous meeting (before this
 * one, and not this occurrence itself) and now.
 */
export function sinceLastMeeting(
  bundle: AccountBundle,
  meetingAt: Date,
  now: Date,
  thisItemKey?: string,
): SinceLastMeeting {
  const lastMeeting = bundle.touchpoints
    .filter(
      (t) =>
        t.kind === 'meeting' &&
        Date.parse(t.occurredAt) < meetingAt.getTime() &&
        // A meeting dated after now has not happened: it is no "last meeting".
        Date.parse(t.occurredAt) <= now.getTime() &&
        (!thisItemKey || t.sourceKey !== thisItemKey),
    )
    .sort((a, b) => b.occurredAt.localeCompare(a.occurredAt))[0];
  const from = lastMeeting?.occurredAt ?? new Date(now.getTime() - 30 * DAY).toISOString();
  const inWindow = (iso?: string) => !!iso && iso > from && Date.parse(iso) <= now.getTime();
  return {
    lastMeeting,
    from,
    touchpoints: bundle.touchpoints
      .filter((t) => t.id !== lastMeeting?.id && inWindow(t.occurredAt))
      .sort((a, b) => b.occurredAt.localeCompare(a.occurredAt)),
    issuesOpened: bundle.issues.filter((i) => inWindow(i.openedAt)),
    issuesResolved: bundle.issues.filter((i) => i.status === 'resolved' && inWindow(i.resolvedAt)),
    stageChanges: bundle.opportunities.flatMap((o) =>
      (o.stageHistory ?? []).flatMap((step, index, history) =>
        index > 0 && inWindow(step.at)
          ? [{ opportunity: o, from: history[index - 1]!.stage, to: step.stage, at: step.at }]
          : [],
      ),
    ),
  };
}
