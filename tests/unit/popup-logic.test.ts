import { describe, expect, it } from 'vitest';
import type { TabAccounts } from '../../utils/background/tab-state';
import { writeRecordSet } from '../../utils/background/db/bulk';
import { listLive } from '../../utils/background/db/reads';
import { createReminders, NEXT_DUE_ALARM } from '../../utils/background/reminders';
import { lazyDb } from '../../utils/background/db/open';
import { saveRecord } from '../../utils/background/db/writes';
import { buildDemoPortfolio } from '../../utils/shared/demo/portfolio';
import { dueNow, nextAlarmTime, overdueCount } from '../../utils/shared/insights/due';
import {
  defaultForm,
  formRecords,
  fromLocalDateTime,
  toLocalDateTime,
  validateForm,
  type LogForm,
} from '../../utils/shared/insights/log-form';
import type { Account, Task } from '../../utils/shared/model';
import { DEFAULT_SETTINGS } from '../../utils/settings/settings';
import { openTestDb, tickingClock } from './helpers';

const NOW = new Date(2026, 10, 24, 14, 30); // 24 Nov 2026, 14:30 local
const CADENCE = DEFAULT_SETTINGS.cadenceDays;
const stamp = { createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z' };
const account: Account = {
  id: 'nw',
  ...stamp,
  name: 'Northwind',
  domains: ['northwind.com'],
  tier: 'key',
  status: 'active',
  objectives: [],
  tags: [],
  renewalDate: '2026-12-10',
};
const at = (day: number, hour: number) => new Date(2026, 10, day, hour).toISOString();
const task = (id: string, due: string, over: Partial<Task> = {}): Task => ({
  id,
  ...stamp,
  accountId: 'nw',
  title: id,
  dueAt: due,
  ...over,
});

describe('log form', () => {
  it('starts empty for a call, now, when no page is matched', () => {
    const form = defaultForm(null, NOW, CADENCE);
    expect(form).toMatchObject({
      kind: 'call',
      direction: 'outbound',
      when: '2026-11-24T14:30',
      summary: '',
      sentiment: 'neutral',
      contactIds: [],
      followUp: { enabled: false, due: '2026-11-27' },
    });
    expect(form.accountId).toBeUndefined();
  });

  it('is prefilled from a matched mail page: account, known people, subject, kind, message source', () => {
    const tab = {
      context: {
        site: 'gmail',
        view: 'thread',
        people: [],
        subject: 'Renewal terms',
        messageId: 'm1',
        threadId: 't1',
        start: at(23, 16),
      },
      resolution: {
        accounts: [
          {
            account,
            reasons: ['email'],
            people: [{ email: 'ana@northwind.com', role: 'from', reason: 'email', contact: { id: 'ana' } }],
          },
        ],
        unknownDomains: [],
        self: [],
      },
      bundles: [{ account, contacts: [], touchpoints: [], tasks: [], issues: [], opportunities: [] }],
      sidebar: 'expanded',
    } as unknown as TabAccounts;
    expect(defaultForm(tab, NOW, CADENCE)).toMatchObject({
      accountId: 'nw',
      accountName: 'Northwind',
      contactIds: ['ana'],
      kind: 'email',
      direction: 'inbound',
      when: toLocalDateTime(new Date(at(23, 16))),
      summary: 'Renewal terms',
      source: { site: 'gmail', itemId: 'm1', threadId: 't1', subject: 'Renewal terms' },
    });
  });

  it.each([
    ['no account', {}, { account: 'Choose the account this is about.' }],
    [
      'a date far ahead',
      { accountId: 'nw', when: '2026-12-24T10:00' },
      { when: expect.stringContaining('more than a day ahead') },
    ],
    ['an empty note', { accountId: 'nw', kind: 'note' as const }, { summary: 'A note needs some text.' }],
    [
      'a follow-up without a title',
      { accountId: 'nw', followUp: { enabled: true, title: ' ', due: '2026-11-25' } },
      { followUp: 'Say what the follow-up is.' },
    ],
    [
      'a follow-up due yesterday',
      { accountId: 'nw', followUp: { enabled: true, title: 'x', due: '2026-11-23' } },
      { followUp: expect.stringContaining('from today on') },
    ],
    ['a good call with no summary', { accountId: 'nw' }, {}],
  ])('validates %s', (_, patch, expected) => {
    const form: LogForm = { ...defaultForm(null, NOW, CADENCE), ...patch };
    expect(validateForm(form, NOW)).toEqual(expected);
  });

  it('saves the touchpoint and its follow-up, due at 9:00 local on the day picked', () => {
    const form: LogForm = {
      ...defaultForm(null, NOW, CADENCE),
      accountId: 'nw',
      contactIds: ['ana'],
      summary: '  Price cap  ',
      followUp: { enabled: true, title: 'Send wording', due: '2026-11-25' },
    };
    const [touchpoint, followUp] = formRecords(form);
    expect(touchpoint).toEqual({
      store: 'touchpoints',
      record: {
        accountId: 'nw',
        contactIds: ['ana'],
        kind: 'call',
        direction: 'outbound',
        occurredAt: new Date(2026, 10, 24, 14, 30).toISOString(),
        summary: 'Price cap',
        sentiment: 'neutral',
      },
    });
    expect(followUp).toEqual({
      store: 'tasks',
      record: {
        accountId: 'nw',
        contactId: 'ana',
        title: 'Send wording',
        dueAt: new Date(2026, 10, 25, 9, 0).toISOString(),
      },
    });
  });

  it('reads and writes datetime-local values in local time, refusing impossible dates', () => {
    expect(fromLocalDateTime('2026-11-24T14:30')!.getTime()).toBe(NOW.getTime());
    expect(fromLocalDateTime('2026-02-30T10:00')).toBeNull();
  });
});

describe('due and reminders', () => {
  const tasks = [
    task('overdue', at(23, 17)),
    task('today later', at(24, 17)),
    task('tomorrow', at(25, 9)),
    task('done', at(20, 9), { doneAt: at(21, 9) }),
  ];

  it("lists overdue and today's tasks, and renewals in 30 days with no renewal in play", () => {
    const due = dueNow(tasks, [account], [], NOW);
    expect(due.tasks.map((t) => [t.task.id, t.overdue])).toEqual([
      ['overdue', true],
      ['today later', false],
    ]);
    expect(due.renewals.map((r) => [r.account.name, r.inDays])).toEqual([['Northwind', 16]]);
    const renewalInPlay = {
      id: 'o',
      ...stamp,
      accountId: 'nw',
      title: 'Renewal',
      kind: 'renewal' as const,
      stage: 'proposed' as const,
    };
    expect(dueNow(tasks, [account], [renewalInPlay], NOW).renewals).toEqual([]);
  });

  it('counts overdue tasks for the badge', () => {
    expect(overdueCount(tasks, NOW)).toBe(1);
    expect(overdueCount(tasks, new Date(2026, 10, 24, 18))).toBe(2);
  });

  it('sets the alarm for the next task falling due, or the next midnight if sooner', () => {
    expect(nextAlarmTime(tasks, NOW)).toBe(Date.parse(at(24, 17)));
    expect(nextAlarmTime(tasks, new Date(2026, 10, 24, 18))).toBe(new Date(2026, 10, 25, 0, 0).getTime());
    expect(nextAlarmTime([], NOW)).toBe(new Date(2026, 10, 25, 0, 0).getTime());
  });

  it('re-creates the one alarm, recounts the badge and notifies each task once when it falls due', async () => {
    const db = lazyDb(openTestDb);
    const portfolio = buildDemoPortfolio(NOW);
    await writeRecordSet(await db(), portfolio, { replace: true });
    const nw = portfolio.accounts.find((a) => a.name === 'Northwind Traders')!;
    await saveRecord(
      await db(),
      'tasks',
      { accountId: nw.id, title: 'Call Ana at four', dueAt: new Date(2026, 10, 24, 16).toISOString() },
      tickingClock(),
    );
    const alarms: Array<[string, number]> = [];
    const badges: string[] = [];
    const notes: string[] = [];
    let clock = NOW;
    const remind = createReminders(
      db,
      {
        setAlarm: async (n, w) => void alarms.push([n, w]),
        setBadge: async (t) => void badges.push(t),
        notify: async (_id, title) => void notes.push(title),
      },
      () => clock,
    );

    await remind();
    const overdue = overdueCount(await listLive(await db(), 'tasks'), NOW);
    expect(badges.at(-1)).toBe(String(overdue));
    expect(alarms.at(-1)).toEqual([NEXT_DUE_ALARM, new Date(2026, 10, 24, 16).getTime()]);
    expect(notes).toEqual([]);

    clock = new Date(2026, 10, 24, 16, 0, 1);
    await remind();
    expect(notes).toEqual(['Due: Call Ana at four']);
    expect(badges.at(-1)).toBe(String(overdue + 1));
    await remind();
    expect(notes).toHaveLength(1);
    expect(new Set(alarms.map(([name]) => name))).toEqual(new Set([NEXT_DUE_ALARM]));
  });
});
