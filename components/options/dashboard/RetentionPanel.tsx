import { useState } from 'preact/hooks';
import { formatShortDate, toLocalDate } from '../../../utils/shared/dates';
import { formatMoney } from '../../../utils/shared/format';
import { retention, RETENTION_PERIODS, type RetentionPeriod } from '../../../utils/shared/insights/retention';
import type { Account } from '../../../utils/shared/model';

const PERIOD_LABELS: Record<RetentionPeriod, string> = {
  30: 'last 30 days',
  90: 'last 90 days',
  180: 'last 6 months',
  365: 'last 12 months',
};
const percent = (ratio: number) => `${ratio >= 0 ? '+' : ''}${(ratio * 100).toFixed(1)}%`;

/** Clients kept over clients at the start, and the clients' value now against at the start, over a chosen period. */
export function RetentionPanel({ accounts, privacy, now }: { accounts: Account[]; privacy: boolean; now: Date }) {
  const [days, setDays] = useState<RetentionPeriod>(90);
  const r = retention(accounts, days, now);
  return (
    <div class="retention" data-testid="retention">
      <div class="section-head">
        <h3>Retention and value growth</h3>
        <select
          value={String(days)}
          onChange={(e) => setDays(Number(e.currentTarget.value) as RetentionPeriod)}
          aria-label="Period"
          data-testid="retention-period"
        >
          {RETENTION_PERIODS.map((p) => (
            <option key={p} value={String(p)}>
              {PERIOD_LABELS[p]}
            </option>
          ))}
        </select>
      </div>
      <div class="tiles">
        <div class="tile" data-testid="retention-rate">
          <div class="tile-label">Clients kept since {formatShortDate(r.from, toLocalDate(now))}</div>
          <div class="tile-value">{r.rate === null ? '—' : `${Math.round(r.rate * 1000) / 10}%`}</div>
          <div class="tile-sub">
            {r.kept} of {r.clientsAtStart} kept{r.won ? `, ${r.won} won` : ''}
            {r.lost.length > 0 && <span class="muted">; lost: {r.lost.map((a) => a.name).join(', ')}</span>}
          </div>
        </div>
        {r.value.map((v) => (
          <div class="tile" key={v.currency} data-testid="value-growth">
            <div class="tile-label">Annual value, {v.currency}</div>
            <div class="tile-value">{v.growth === null ? 'new' : percent(v.growth)}</div>
            <div class={privacy ? 'tile-sub private' : 'tile-sub'}>
              {formatMoney({ amount: v.atStart, currency: v.currency })} →{' '}
              {formatMoney({ amount: v.now, currency: v.currency })}
            </div>
          </div>
        ))}
      </div>
    </div>
  );
}
