import { addDays, daysBetween, startOfLocalDate, toLocalDate } from '../dates';
import type { Account, Opportunity, Task } from '../model';

export interface DueTask {
  task: Task;
  accountName: string;
  overdue: boolean;
}
export interface DueRenewal {
  account: Account;
  inDays: number;
}
export interface Due {
  tasks: DueTask[];
  renewals: DueRenewal[];
}

/**
 * What needs the user today: open tasks and promises due by the end of today
 * (overdue ones first), and renewals in the next 30 days with no renewal
 * opportunity in play yet.
 */
export function dueNow(tasks: Task[], accounts: Account[], opportunities: Opportunity[], now: Date): Due {
  const names = new Map(accounts.map((a) => [a.id, a.name]));
  const endOfToday = startOfLocalDate(addDays(toLocalDate(now), 1)).getTime();
  const dueTasks = tasks
    .filter((t) => !t.doneAt && !t.deletedAt && names.has(t.accountId) && Date.parse(t.dueAt) < endOfToday)
    .sort((a, b) => a.dueAt.localeCompare(b.dueAt))
    .map((task) => ({
      task,
      accountName: names.get(task.accountId)!,
      overdue: Date.parse(task.dueAt) < now.getTime(),
    }));
  const inPlay = new Set(
    opportunities
      .filter((o) => o.kind === 'renewal' && !o.deletedAt && o.stage !== 'won' && o.stage !== 'lost')
      .map((o) => o.accountId),
  );
  const today = toLocalDate(now);
  const renewals = accounts
    .filter((a) => !a.deletedAt && a.renewalDate && a.status !== 'churned' && !inPlay.has(a.id))
    .map((account) => ({ account, inDays: daysBetween(today, account.renewalDate!) }))
    .filter((r) => r.inDays >= 0 && r.inDays <= 30)
    .sort((a, b) => a.inDays - b.inDays);
  return { tasks: dueTasks, renewals };
}

/** Overdue open tasks: the number on the toolbar badge. */
export function overdueCount(tasks: Task[], now: Date): number {
  return tasks.filter((t) => !t.doneAt && !t.deletedAt && Date.parse(t.dueAt) < now.getTime()).length;
}

/**
 * When the single `next-due` alarm should fire: the next time an open task
 * falls due, or the next local midnight (the badge must change at midnight
 * without any write), whichever is first.
 */
export function nextAlarmTime(tasks: Task[], now: Date): number {
  const midnight = startOfLocalDate(addDays(toLocalDate(now), 1)).getTime();
  let next = midnight;
  for (const t of tasks) {
    const due = Date.parse(t.dueAt);
    if (!t.doneAt && !t.deletedAt && due > now.getTime() && due < next) next = due;
  }
  return next;
}

/** Tasks that fell due in (since, now]: each gets one notification. */
export function fellDue(tasks: Task[], since: number, now: Date): Task[] {
  return tasks.filter(
    (t) => !t.doneAt && !t.deletedAt && Date.parse(t.dueAt) > since && Date.parse(t.dueAt) <= now.getTime(),
  );
}
