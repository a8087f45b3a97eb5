import { useOptions } from '../options-state';

/** Puts the demo portfolio in place; over existing data only once the user confirms, as it replaces everything. */
export function LoadDemoButton() {
  const { api, state, act } = useOptions();
  const load = () => {
    const replace = (state.accounts.list.value?.length ?? 0) > 0;
    if (replace && !confirm('Replace all your data with the demo portfolio? This cannot be undone.')) return;
    void act(
      (counts) =>
        `Demo data loaded: ${counts.accounts} accounts, ${counts.contacts} contacts, ${counts.touchpoints} touchpoints.`,
      () => api.background.loadDemoData({ replace }),
    );
  };
  return (
    <button type="button" onClick={load} data-testid="load-demo">
      Load demo data
    </button>
  );
}
