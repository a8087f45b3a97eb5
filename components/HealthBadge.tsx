import type { Health } from '../utils/shared/insights/health';

/** The health score with its band colour; the reasons are listed by the caller where there is room. */
export function HealthBadge({ health, compact = false }: { health: Health; compact?: boolean }) {
  const label = `Health ${health.score} of 100, ${health.band === 'risk' ? 'at risk' : health.band}`;
  return (
    <span class={`health health-${health.band}`} title={label} aria-label={label} data-testid="health">
      {health.score}
      {!compact && <span class="health-band"> {health.band === 'risk' ? 'at risk' : health.band}</span>}
    </span>
  );
}
