import { formatMoney } from '../../../utils/shared/format';
import type { Portfolio } from '../../../utils/shared/insights/portfolio';
import { SEVERITIES } from '../../../utils/shared/model';

/** Renewals coming per window, the clients' health and the open issues, one tile each. */
export function PortfolioTiles({ portfolio, privacy }: { portfolio: Portfolio; privacy: boolean }) {
  const clients = portfolio.health.good + portfolio.health.watch + portfolio.health.risk;
  return (
    <div class="tiles">
      {portfolio.renewals.map((window) => (
        <div class="tile" key={window.days} data-testid={`renewals-${window.days}`}>
          <div class="tile-label">Renewing in {window.days} days</div>
          <div class="tile-value">{window.accounts.length}</div>
          <div class={privacy ? 'tile-sub private' : 'tile-sub'}>
            {window.totals.length ? window.totals.map((m) => formatMoney(m)).join(' + ') : '—'}
          </div>
        </div>
      ))}
      <div class="tile" data-testid="health-distribution">
        <div class="tile-label">Health of {clients} clients</div>
        <div
          class="bar-row"
          role="img"
          aria-label={`${portfolio.health.good} good, ${portfolio.health.watch} watch, ${portfolio.health.risk} at risk`}
        >
          {(['good', 'watch', 'risk'] as const).map((band) =>
            portfolio.health[band] ? (
              <span
                key={band}
                class={`seg health-${band}`}
                style={{ flexGrow: portfolio.health[band] }}
                title={`${portfolio.health[band]} ${band}`}
              />
            ) : null,
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
  );
}
