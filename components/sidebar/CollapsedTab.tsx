import type { Health } from '../../utils/shared/insights/health';

/** The slim tab the sidebar collapses to: how many accounts are on the page, coloured by the worst health. */
export function CollapsedTab({ count, worst, onExpand }: { count: number; worst?: Health; onExpand: () => void }) {
  const label = `Account Lens: ${count} account${count === 1 ? '' : 's'} on this page. Open the sidebar.`;
  return (
    <button
      type="button"
      class={`collapsed-tab health-edge-${worst?.band ?? 'none'}`}
      onClick={onExpand}
      aria-label={label}
      title={label}
      data-testid="collapsed-tab"
    >
      <span class="collapsed-count">{count}</span>
      <span class="collapsed-name" aria-hidden="true">
        Lens
      </span>
    </button>
  );
}
