import { signal } from '@preact/signals';
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { ToastState } from '../sidebar/Toast';
import type { Act } from '../use-actions';
import { createAccountsState } from './accounts/accounts-state';
import type { OptionsApi } from './api';
import { createDataState } from './data/data-state';
import { createSettingsState } from './settings/settings-state';

/** Each feature's state, created once per mounted options page: two mounts never share it. */
export function createOptionsState(api: OptionsApi) {
  const accounts = createAccountsState(api.background);
  const data = createDataState(api);
  const settings = createSettingsState(api);
  /** Bumped on every refresh, so the parts that read their own data (contacts, an account's page) read again. */
  const version = signal(0);
  return {
    accounts,
    data,
    settings,
    version,
    /** Reads again what any change may have changed: the accounts, the portfolio and the trash. Rejects when a read fails. */
    async refresh() {
      version.value++;
      await accounts.load();
      await data.loadTrash();
    },
    /** The first reads that no action needs to repeat; returns what stops the page's watching. */
    start(): () => void {
      settings.start();
      return data.start();
    },
  };
}
export type OptionsState = ReturnType<typeof createOptionsState>;

/** What the parts of the options page share: the api, the state, and the page's one action hook (`useActions`). */
export interface OptionsContextValue {
  api: OptionsApi;
  state: OptionsState;
  /** Runs a user action: its toast, with Undo when it can be undone, then `reload`. */
  act: Act;
  /** Shows a message that follows no action. */
  notify(toast: ToastState): void;
  /** `state.refresh()`, with a failure shown instead of thrown. */
  reload(): Promise<void>;
}

export const OptionsContext = createContext<OptionsContextValue | null>(null);

export function useOptions(): OptionsContextValue {
  const value = useContext(OptionsContext);
  if (!value) throw new Error('An options page part was rendered outside OptionsApp.');
  return value;
}
