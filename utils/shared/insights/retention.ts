import { addDays, startOfLocalDate, toLocalDate } from '../dates';
import type { Account, AccountChange, Money } from '../model';

/** Periods the dashboard offers, in days back from today. */
export const RETENTION_PERIODS = [30, 90, 180, 365] as const;
export type RetentionPeriod = (typeof RETENTION_PERIODS)[number];

export interface Retention {
  /** The period's first day (local); it ends now. */
  from: string;
  clientsAtStart: number;
  kept: number;
  /** Clients at the start that are no longer clients (churned, or back to prospect). */
  lost: Array<{ id: string; name: string }>;
  /** Accounts that became clients during the period. */
  won: number;
  /** kept / clients at start; null when there were none. */
  rate: number | null;
  /** Annual value of all clients, at the start and now, per currency; growth is (now - start) / start. */
  value: Array<{ currency: string; atStart: number; now: number; growth: number | null }>;
}

const isClient = (state: AccountChange | null) => state?.status === 'active' || state?.status === 'at-risk';

/**
 * The account's status and value at an instant: the last change at or before it, or null when it did not
 * exist yet. An account stored before histories were kept is taken to have had its present state since creation.
 */
export function stateAt(account: Account, instant: string): AccountChange | null {
  const history = account.history?.length
    ? account.history
    : [
        {
          at: account.createdAt,
          status: account.status,
          ...(account.annualValue ? { annualValue: account.annualValue } : {}),
        },
      ];
  let state: AccountChange | null = null;
  for (const change of history) {
    if (change.at > instant) break;
    state = change;
  }
  return state;
}

/**
 * Retention and value growth over the last `days` days, by the usual definitions: clients kept / clients at
 * the start (active or at risk then and now), and the clients' annual value now against at the start.
 * Accounts in the trash are left out, as deleted by mistake or by privacy request.
 */
export function retention(accounts: Account[], days: RetentionPeriod, now: Date): Retention {
  const from = addDays(toLocalDate(now), -days);
  const start = startOfLocalDate(from).toISOString();
  const end = now.toISOString();
  const live = accounts.filter((a) => !a.deletedAt);
  const atStart = live.filter((a) => isClient(stateAt(a, start)));
  const kept = atStart.filter((a) => isClient(stateAt(a, end)));
  const won = live.filter((a) => !isClient(stateAt(a, start)) && isClient(stateAt(a, end))).length;
  const sums = new Map<string, { atStart: number; now: number }>();
  const add = (money: Money | undefined, key: 'atStart' | 'now') => {
    if (!money) return;
    const sum = sums.get(money.currency) ?? { atStart: 0, now: 0 };
    sum[key] += money.amount;
    sums.set(money.currency, sum);
  };
  for (const account of live) {
    const [then, current] = [stateAt(account, start), stateAt(account, end)];
    if (isClient(then)) add(then!.annualValue, 'atStart');
    if (isClient(current)) add(current!.annualValue, 'now');
  }
  return {
    from,
    clientsAtStart: atStart.length,
    kept: kept.length,
    lost: atStart.filter((a) => !kept.includes(a)).map((a) => ({ id: a.id, name: a.name })),
    won,
    rate: atStart.length ? kept.length / atStart.length : null,
    value: [...sums]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([currency, sum]) => ({
        currency,
        ...sum,
        growth: sum.atStart ? (sum.now - sum.atStart) / sum.atStart : null,
      })),
  };
}
