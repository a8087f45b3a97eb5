import { hasDemoAccounts } from '../../../utils/shared/demo/ids';
import { useOptions } from '../options-state';

/** The demo book: whether it is loaded, loading it, and removing it (one action, with Undo). */
export function useDemoBook() {
  const { api, state, act } = useOptions();
  const accounts = state.accounts.list.value;
  return {
    /** Null until the accounts are read. */
    loaded: accounts === null ? null : hasDemoAccounts(accounts),
    /** The book is read and holds no account. */
    empty: accounts !== null && accounts.length === 0,
    /** Loading the demo now would replace the user's accounts (it asks first). */
    replaces: (accounts?.length ?? 0) > 0,
    load: (replace: boolean) =>
      act(
        (counts) =>
          `Demo data loaded: ${counts.accounts} accounts, ${counts.contacts} contacts, ${counts.touchpoints} touchpoints.`,
        () => api.background.loadDemoData({ replace }),
      ),
    remove: () =>
      act(
        (removed) =>
          `Removed the demo book: ${removed.accounts} accounts, with the ${removed.deleted - removed.accounts} records on them. Your own accounts are as they were.`,
        () => api.background.removeDemoData(null),
      ),
  };
}
