import { daysBetween, toLocalDate } from '../dates';
import type { Account, Issue, Opportunity, Severity, Task, Tier, Touchpoint } from '../model';

/**
 * Account health, 0-100, and why. It starts at 100 and loses points for:
 *
 * | factor | points lost | cap |
 * |---|---|---|
 * | contact overdue: days since the last contact beyond the cadence | 30 × overdue days ÷ cadence | 30 (also when never contacted) |
 * | open issues | critical 20, high 12, medium 6, low 2 each | 35 |
 * | negative sentiment in the last 30 days | 8 per touchpoint | 20 |
 * | overdue tasks and promises | 5 each | 15 |
 * | renewal within 60 days and no open renewal opportunity | 15 | 15 |
 *
 * Bands: 70 and above good, 40-69 watch, below 40 at risk.
 *
 * Contact is a touchpoint with the client that has happened: notes are
 * internal and never count, nor does anything dated after now (see
 * `countsAsContact`).
 */

export type HealthFactorKey = 'cadence' | 'issues' | 'sentiment' | 'overdue' | 'renewal';
export interface HealthFactor {
  key: HealthFactorKey;
  /** Points lost (positive number). */
  points: number;
  reason: string;
}
export interface Health {
  score: number;
  band: 'good' | 'watch' | 'risk';
  factors: HealthFactor[];
}

export interface HealthInput {
  account: Account;
  touchpoints: Touchpoint[];
  issues: Issue[];
  tasks: Task[];
  opportunities: Opportunity[];
  /** Default cadence per tier (settings); the account's own cadence wins. */
  cadenceDays: Record<Tier, number>;
  now: Date;
}

export const ISSUE_POINTS: Record<Severity, number> = { critical: 20, high: 12, medium: 6, low: 2 };
const DAY = 86_400_000;

export function cadenceOf(account: Account, cadenceDays: Record<Tier, number>): number {
  return account.cadenceDays ?? cadenceDays[account.tier];
}

export function computeHealth({
  account,
  touchpoints,
  issues,
  tasks,
  opportunities,
  cadenceDays,
  now,
}: HealthInput): Health {
  const factors: HealthFactor[] = [];
  const add = (key: HealthFactorKey, points: number, reason: string) =>
    points > 0 && factors.push({ key, points: Math.round(points), reason });
  const today = toLocalDate(now);

  const cadence = cadenceOf(account, cadenceDays);
  const last = lastContact(touchpoints, now);
  if (!last) add('cadence', 30, 'Never contacted');
  else {
    const since = daysBetween(toLocalDate(last.occurredAt), today);
    if (since > cadence)
      add(
        'cadence',
        Math.min(30, (30 * (since - cadence)) / cadence),
        `${since} days since last contact (cadence ${cadence})`,
      );
  }

  const open = issues.filter((i) => i.status === 'open' && !i.deletedAt);
  const issuePoints = open.reduce((sum, i) => sum + ISSUE_POINTS[i.severity], 0);
  if (open.length)
    add(
      'issues',
      Math.min(35, issuePoints),
      `${open.length} open issue${open.length === 1 ? '' : 's'} (${describeSeverities(open)})`,
    );

  const negatives = touchpoints.filter(
    (t) =>
      t.sentiment === 'negative' &&
      now.getTime() - Date.parse(t.occurredAt) <= 30 * DAY &&
      Date.parse(t.occurredAt) <= now.getTime(),
  );
  if (negatives.length)
    add(
      'sentiment',
      Math.min(20, 8 * negatives.length),
      `${negatives.length} negative touchpoint${negatives.length === 1 ? '' : 's'} in the last 30 days`,
    );

  const overdue = tasks.filter((t) => !t.doneAt && !t.deletedAt && Date.parse(t.dueAt) < now.getTime());
  if (overdue.length)
    add(
      'overdue',
      Math.min(15, 5 * overdue.length),
      `${overdue.length} overdue task${overdue.length === 1 ? '' : 's'}`,
    );

  if (account.renewalDate) {
    const days = daysBetween(today, account.renewalDate);
    const renewalInPlay = opportunities.some(
      (o) => o.kind === 'renewal' && !o.deletedAt && o.stage !== 'won' && o.stage !== 'lost',
    );
    if (days >= 0 && days <= 60 && !renewalInPlay)
      add('renewal', 15, `Renews in ${days} days with no renewal opportunity`);
  }

  const score = Math.max(0, 100 - factors.reduce((sum, f) => sum + f.points, 0));
  return { score, band: score >= 70 ? 'good' : score >= 40 ? 'watch' : 'risk', factors };
}

/**
 * Whether a touchpoint is contact with the client, as of `now`: not deleted,
 * not a note (notes are internal), and not dated after now (a meeting that has
 * not happened yet is no contact, and must not move last contact ahead).
 */
export function countsAsContact(t: Touchpoint, now: Date): boolean {
  return !t.deletedAt && t.kind !== 'note' && Date.parse(t.occurredAt) <= now.getTime();
}

/** The latest touchpoint that counts as contact (`countsAsContact`), or undefined when there is none. */
export function lastContact(touchpoints: Touchpoint[], now: Date): Touchpoint | undefined {
  let best: Touchpoint | undefined;
  for (const t of touchpoints) if (countsAsContact(t, now) && (!best || t.occurredAt > best.occurredAt)) best = t;
  return best;
}

function describeSeverities(issues: Issue[]): string {
  const counts = new Map<Severity, number>();
  for (const i of issues) counts.set(i.severity, (counts.get(i.severity) ?? 0) + 1);
  return (['critical', 'high', 'medium', 'low'] as const)
    .filter((s) => counts.has(s))
    .map((s) => `${counts.get(s)} ${s}`)
    .join(', ');
}
