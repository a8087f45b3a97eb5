import type { Health } from '../../utils/shared/insights/health';
import { t } from '../../utils/shared/i18n/ui';

/**
 * The slim tab the sidebar collapses to: how many accounts are on the page, coloured by the worst health. With
 * an empty book, a "+" and a label that says what opening it offers instead of a bare 0.
 */
export function CollapsedTab({
  count,
  bookEmpty = false,
  worst,
  onExpand,
}: {
  count: number;
  bookEmpty?: boolean;
  worst?: Health;
  onExpand: () => void;
}) {
  const label = bookEmpty ? t('sidebar.collapsedEmptyBook') : t('sidebar.collapsedAccounts', { count });
  return (
    <button
      type="button"
      class={`collapsed-tab health-edge-${worst?.band ?? 'none'}`}
      onClick={onExpand}
      aria-label={label}
      title={label}
      data-testid="collapsed-tab"
    >
      <span class="collapsed-count">{bookEmpty ? '+' : count}</span>
      <span class="collapsed-name" aria-hidden="true">
        {t('sidebar.collapsedName')}
      </span>
    </button>
  );
}
