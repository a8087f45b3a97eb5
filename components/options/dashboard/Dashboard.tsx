import { formatShortDate, toLocalDate } from '../../../utils/shared/dates';
import { formatMoney } from '../../../utils/shared/format';
import { useOptions } from '../options-state';
import { PortfolioTiles } from './PortfolioTiles';
import { RetentionPanel } from './RetentionPanel';
import { EmptyPortfolio } from './EmptyPortfolio';
import { WeeklyChart } from './WeeklyChart';

/**
 * The portfolio at a glance, once there are accounts: renewals coming, accounts gone quiet, health, open
 * issues, activity per week. With none yet, what to do first.
 */
export function Dashboard() {
  const { api, state } = useOptions();
  const portfolio = state.accounts.portfolio.value;
  const accounts = state.accounts.list.value ?? [];
  if (state.accounts.list.value?.length === 0) return <EmptyPortfolio />;
  if (!portfolio || accounts.length === 0) return null;
  const privacy = state.settings.current.value?.privacyMode ?? false;
  const now = api.now();
  const today = toLocalDate(now);
  return (
    <section aria-labelledby="dashboard-heading" class="dashboard" data-testid="dashboard">
      <h2 id="dashboard-heading">Portfolio</h2>
      <PortfolioTiles portfolio={portfolio} privacy={privacy} />

      <div class="columns">
        <div>
          <h3>Renewals in the next 90 days</h3>
          <ul class="plain" data-testid="renewal-list">
            {portfolio.renewals[2]!.accounts.map((a) => (
              <li key={a.id}>
                <strong>{a.name}</strong>{' '}
                <span class="muted">
                  in {a.inDays} days, {formatShortDate(a.renewalDate, today)}
                </span>{' '}
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
                <strong>{a.name}</strong>{' '}
                <span class="muted">
                  {a.daysSince === null
                    ? 'never contacted'
                    : `${a.daysSince} days since contact (cadence ${a.cadence})`}
                </span>
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
