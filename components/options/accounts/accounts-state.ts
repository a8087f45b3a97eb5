import { signal } from '@preact/signals';
import type { BackgroundClient } from '../../../utils/protocol/api';
import type { Portfolio } from '../../../utils/shared/insights/portfolio';
import type { Account } from '../../../utils/shared/model';

/** The accounts and the portfolio built from them, as last read (null until the first read). */
export function createAccountsState(background: BackgroundClient<'options'>) {
  const list = signal<Account[] | null>(null);
  const portfolio = signal<Portfolio | null>(null);
  return {
    list,
    portfolio,
    async load() {
      list.value = await background.listAccounts(null);
      portfolio.value = await background.getPortfolio(null);
    },
  };
}
export type AccountsState = ReturnType<typeof createAccountsState>;
