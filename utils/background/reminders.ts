import { storage } from 'wxt/utils/storage';
import { listLive } from './db/reads';
import type { LensDB } from './db/schema';
import { fellDue, nextAlarmTime, overdueCount } from '../shared/insights/due';
import type { Task } from '../shared/model';

export const NEXT_DUE_ALARM = 'next-due';

/** The browser parts reminders use; the worker passes `browser`'s, tests pass fakes. */
export interface ReminderPorts {
  setAlarm(name: string, when: number): Promise<void>;
  setBadge(text: string): Promise<void>;
  notify(id: string, title: string, message: string): Promise<void>;
}

const lastCheckItem = storage.defineItem<number>('local:remindersCheckedAt', { fallback: 0, version: 1 });

/**
 * One alarm for all reminders (Chrome caps an extension at 500): after every
 * write, at start-up and install, after an import, and when it fires, the
 * badge is recounted, tasks that fell due since the last check are notified
 * once each, and the alarm is set again.
 */
export function createReminders(db: () => Promise<LensDB>, ports: ReminderPorts, now: () => Date = () => new Date()) {
  let running: Promise<void> = Promise.resolve();
  const check = async () => {
    const at = now();
    const [tasks, accounts] = await Promise.all([listLive(await db(), 'tasks'), listLive(await db(), 'accounts')]);
    const names = new Map(accounts.map((a) => [a.id, a.name]));
    const open = tasks.filter((t: Task) => names.has(t.accountId));
    const since = (await lastCheckItem.getValue()) || at.getTime();
    for (const task of fellDue(open, since, at))
      await ports.notify(`task:${task.id}`, `Due: ${task.title}`, names.get(task.accountId)!);
    await lastCheckItem.setValue(at.getTime());
    const overdue = overdueCount(open, at);
    await ports.setBadge(overdue ? String(overdue) : '');
    await ports.setAlarm(NEXT_DUE_ALARM, nextAlarmTime(open, at));
  };
  /** Checks are queued, never run twice at once. */
  return () => (running = running.then(check, check));
}
