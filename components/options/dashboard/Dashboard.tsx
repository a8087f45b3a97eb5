import { useState } from 'preact/hooks';
import { formatShortDate, toLocalDate } from '../../utils/shared/dates';
import { formatMoney } from '../../utils/shared/format';
import type { Portfolio } from '../../utils/shared/insights/portfolio';
import { retention, RETENTION_PERIODS, type RetentionPeriod } from '../../utils/shared/insights/retention';
import { SEVERITIES, type Account } from '../../utils/shared/model';

/** The portfolio at a glance: renewals coming, accounts gone quiet, health, open issues, activity per week. */
export function Dashboard({ portfolio, accounts, privacy, now }: { portfolio: Portfolio; accounts: Account[]; privacy: boolean; now: Date }) {
  const today = toLocalDate(now);
  const clients = portfolio.health.good + portfolio.health.watch + portfolio.health.risk;
  return (
    <section aria-labelledby="dashboard-heading" class="dashboard" data-testid="dashboard">
      <h2 id="dashboard-heading">Portfolio</h2>
      <div class="tiles">
        {portfolio.renewals.map((window) => (
          <div class="tile" key={window.days} data-testid={`renewals-${window.days}`}>
            <div class="tile-label">Renewing in {window.days} days</div>
            <div class="tile-value">{window.accounts.length}</div>
            <div class={privacy ? 'tile-sub private' : 'tile-sub'}>{window.totals.length ? window.totals.map((m) => formatMoney(m)).join(' + ') : '—'}</div>
          </div>
        ))}
        <div class="tile" data-testid="health-distribution">
          <div class="tile-label">Health of {clients} clients</div>
          <div class="bar-row" role="img" aria-label={`${portfolio.health.good} good, ${portfolio.health.watch} watch, ${portfolio.health.risk} at risk`}>
            {(['good', 'watch', 'risk'] as const).map((band) =>
              portfolio.health[band] ? <span key={band} class={`seg health-${band}`} style={{ flexGrow: portfolio.health[band] }} title={`${portfolio.health[band]} ${band}`} /> : null,
            )}
          </div>
          <div class="tile-sub">
            {portfolio.health.good} good · {portfolio.health.watch} watch · {portfolio.health.risk} at risk
          </div>
        </div>
        <div class="tile" data-testid="issues-by-severity">
          <div class="tile-label">Open issues</div>
          <div class="tile-sub">
            {SEVERITIES.map((s) => (
              <span key={s} class={`sev severity-${s}`}>
                {portfolio.openIssues[s]} {s}{' '}
              </span>
            ))}
          </div>
        </div>
      </div>

      <div class="columns">
        <div>
          <h3>Renewals in the next 90 days</h3>
          <ul class="plain" data-testid="renewal-list">
            {portfolio.renewals[2]!.accounts.map((a) => (
              <li key={a.id}>
                <strong>{a.name}</strong> <span class="muted">in {a.inDays} days, {formatShortDate(a.renewalDate, today)}</span>{' '}
                {a.value && <span class={privacy ? 'private' : ''}>{formatMoney(a.value)}</span>}
              </li>
            ))}
            {portfolio.renewals[2]!.accounts.length === 0 && <li class="muted">None.</li>}
          </ul>
        </div>
        <div>
          <h3>Past their contact cadence</h3>
          <ul class="plain" data-testid="past-cadence">
            {portfolio.pastCadence.slice(0, 10).map((a) => (
              <li key={a.id}>
                <strong>{a.name}</strong> <span class="muted">{a.daysSince === null ? 'never contacted' : `${a.daysSince} days since contact (cadence ${a.cadence})`}</span>
              </li>
            ))}
            {portfolio.pastCadence.length === 0 && <li class="muted">Every client is within cadence.</li>}
          </ul>
        </div>
      </div>

      <h3>Touchpoints per week, last 12 weeks</h3>
      <WeeklyChart weeks={portfolio.perWeek} />
      <RetentionPanel accounts={accounts} privacy={privacy} now={now} />
    </section>
  );
}

const PERIOD_LABELS: Record<RetentionPeriod, string> = { 30: 'last 30 days', 90: 'last 90 days', 180: 'last 6 months', 365: 'last 12 months' };
const percent = (ratio: number) => `${ratio >= 0 ? '+' : ''}${(ratio * 100).toFixed(1)}%`;

/** Clients kept over clients at the start, and the clients' value now against at the start, over a chosen period. */
function RetentionPanel({ accounts, privacy, now }: { accounts: Account[]; privacy: boolean; now: Date }) {
  const [days, setDays] = useState<RetentionPeriod>(90);
  const r = retention(accounts, days, now);
  return (
    <div class="retention" data-testid="retention">
      <div class="section-head">
        <h3>Retention and value growth</h3>
        <select value={String(days)} onChange={(e) => setDays(Number(e.currentTarget.value) as RetentionPeriod)} aria-label="Period" data-testid="retention-period">
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
              {formatMoney({ amount: v.atStart, currency: v.currency })} → {formatMoney({ amount: v.now, currency: v.currency })}
            </div>
          </div>
        ))}
      </div>
    </div>
  );
}

/** Plain SVG bars, labelled for screen readers with the numbers. */
function WeeklyChart({ weeks }: { weeks: Portfolio['perWeek'] }) {
  const max = Math.max(1, ...weeks.map((w) => w.count));
  const width = 600;
  const height = 140;
  const bar = width / weeks.length;
  // Room above the tallest bar for its number.
  const top = 14;
  return (
    <svg viewBox={`0 0 ${width} ${height + top + 20}`} class="chart" role="img" aria-label={weeks.map((w) => `week of ${w.week}: ${w.count}`).join(', ')} data-testid="weekly-chart">
      {weeks.map((w, i) => {
        const h = Math.round((w.count / max) * height);
        return (
          <g key={w.week}>
            <rect x={i * bar + 4} y={top + height - h} width={bar - 8} height={h} class="chart-bar" />
            <text x={i * bar + bar / 2} y={top + height + 14} text-anchor="middle" class="chart-label">
              {w.week.slice(5)}
            </text>
            {w.count > 0 && (
              <text x={i * bar + bar / 2} y={top + height - h - 4} text-anchor="middle" class="chart-value">
                {w.count}
              </text>
            )}
          </g>
        );
      })}
    </svg>
  );
}
