import type { Health } from '../../utils/shared/insights/health';

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
  const label = bookEmpty
    ? 'Account Lens: no accounts yet. Open the sidebar to add the people on this page, or to start your book.'
    : `Account Lens: ${count} account${count === 1 ? '' : 's'} on this page. Open the sidebar.`;
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
        Lens
      </span>
    </button>
  );
}
