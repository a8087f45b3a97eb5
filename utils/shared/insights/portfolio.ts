import { addDays, daysBetween, startOfLocalDate, toLocalDate } from '../dates';
import type { Account, Issue, Money, Opportunity, Severity, Task, Tier, Touchpoint } from '../model';
import { SEVERITIES } from '../model';
import { cadenceOf, computeHealth, lastContact, type Health } from './health';

export type HealthBand = Health['band'];

export interface PortfolioInput {
  accounts: Account[];
  /** Touchpoints of the last 12 weeks, plus each account's latest. */
  touchpoints: Touchpoint[];
  issues: Issue[];
  tasks: Task[];
  opportunities: Opportunity[];
  cadenceDays: Record<Tier, number>;
  now: Date;
}

export interface RenewalWindow {
  days: 30 | 60 | 90;
  accounts: Array<{ id: string; name: string; renewalDate: string; inDays: number; value?: Money }>;
  /** Annual value renewing in the window, one total per currency. */
  totals: Money[];
}

export interface Portfolio {
  renewals: RenewalWindow[];
  pastCadence: Array<{ id: string; name: string; daysSince: number | null; cadence: number }>;
  health: { good: number; watch: number; risk: number };
  /** Each client's health, by account id, for the accounts list (prospects and churned accounts have none). */
  healthById: Record<string, { score: number; band: HealthBand }>;
  openIssues: Record<Severity, number>;
  /** Touchpoints per week (weeks start on Monday), oldest first, the current week last. */
  perWeek: Array<{ week: string; count: number }>;
}

/** The portfolio at a glance. Clients only: prospects and churned accounts are left out of renewals, cadence and health. */
export function buildPortfolio({
  accounts,
  touchpoints,
  issues,
  tasks,
  opportunities,
  cadenceDays,
  now,
}: PortfolioInput): Portfolio {
  const today = toLocalDate(now);
  const clients = accounts.filter((a) => !a.deletedAt && a.status !== 'prospect' && a.status !== 'churned');
  const byAccount = <T extends { accountId: string; deletedAt?: string }>(list: T[]) => {
    const map = new Map<string, T[]>();
    for (const item of list) if (!item.deletedAt) map.set(item.accountId, [...(map.get(item.accountId) ?? []), item]);
    return map;
  };
  const [touchesOf, issuesOf, tasksOf, oppsOf] = [
    byAccount(touchpoints),
    byAccount(issues),
    byAccount(tasks),
    byAccount(opportunities),
  ];

  const renewals = ([30, 60, 90] as const).map((days) => {
    const inWindow = clients
      .filter(
        (a) => a.renewalDate && daysBetween(today, a.renewalDate) >= 0 && daysBetween(today, a.renewalDate) <= days,
      )
      .map((a) => ({
        id: a.id,
        name: a.name,
        renewalDate: a.renewalDate!,
        inDays: daysBetween(today, a.renewalDate!),
        value: a.annualValue,
      }))
      .sort((a, b) => a.inDays - b.inDays);
    return { days, accounts: inWindow, totals: totalsByCurrency(inWindow.flatMap((a) => (a.value ? [a.value] : []))) };
  });

  const pastCadence = clients
    .map((a) => {
      // Notes and touchpoints dated after now are no contact (`countsAsContact`).
      const latest = lastContact(touchesOf.get(a.id) ?? [], now);
      return {
        id: a.id,
        name: a.name,
        daysSince: latest ? daysBetween(toLocalDate(latest.occurredAt), today) : null,
        cadence: cadenceOf(a, cadenceDays),
      };
    })
    .filter((a) => a.daysSince === null || a.daysSince > a.cadence)
    .sort((a, b) => overdueRatio(b) - overdueRatio(a));

  const health = { good: 0, watch: 0, risk: 0 };
  const healthById: Portfolio['healthById'] = {};
  for (const account of clients) {
    const { band, score } = computeHealth({
      account,
      touchpoints: touchesOf.get(account.id) ?? [],
      issues: issuesOf.get(account.id) ?? [],
      tasks: tasksOf.get(account.id) ?? [],
      opportunities: oppsOf.get(account.id) ?? [],
      cadenceDays,
      now,
    });
    health[band]++;
    healthById[account.id] = { score, band };
  }

  const live = new Set(accounts.filter((a) => !a.deletedAt).map((a) => a.id));
  const openIssues = Object.fromEntries(SEVERITIES.map((s) => [s, 0])) as Record<Severity, number>;
  for (const issue of issues)
    if (issue.status === 'open' && !issue.deletedAt && live.has(issue.accountId)) openIssues[issue.severity]++;

  return {
    renewals,
    pastCadence,
    health,
    healthById,
    openIssues,
    perWeek: touchpointsPerWeek(
      touchpoints.filter((t) => live.has(t.accountId)),
      now,
      12,
    ),
  };
}

/** Never contacted counts as the most overdue. */
function overdueRatio(a: { daysSince: number | null; cadence: number }): number {
  return a.daysSince === null ? Number.POSITIVE_INFINITY : a.daysSince / a.cadence;
}

export function totalsByCurrency(values: Money[]): Money[] {
  const sums = new Map<string, number>();
  for (const v of values) sums.set(v.currency, (sums.get(v.currency) ?? 0) + v.amount);
  return [...sums].sort(([a], [b]) => a.localeCompare(b)).map(([currency, amount]) => ({ currency, amount }));
}

/** Monday of the local week of `date`. */
export function weekStart(date: string): string {
  const weekday = (startOfLocalDate(date).getDay() + 6) % 7;
  return addDays(date, -weekday);
}

export function touchpointsPerWeek(
  touchpoints: Touchpoint[],
  now: Date,
  weeks: number,
): Array<{ week: string; count: number }> {
  const current = weekStart(toLocalDate(now));
  const starts = Array.from({ length: weeks }, (_, i) => addDays(current, -7 * (weeks - 1 - i)));
  const counts = new Map(starts.map((w) => [w, 0]));
  for (const t of touchpoints) {
    if (t.deletedAt) continue;
    const week = weekStart(toLocalDate(t.occurredAt));
    if (counts.has(week)) counts.set(week, counts.get(week)! + 1);
  }
  return starts.map((week) => ({ week, count: counts.get(week)! }));
}

/** How far back the portfolio needs touchpoints: 12 weeks. */
export const PORTFOLIO_WEEKS = 12;
export function portfolioSince(now: Date): string {
  return startOfLocalDate(addDays(weekStart(toLocalDate(now)), -7 * (PORTFOLIO_WEEKS - 1))).toISOString();
}
