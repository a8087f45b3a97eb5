import { useEffect, useState } from 'preact/hooks';
import { useActions } from '../use-actions';
import type { AccountPage as AccountPageView } from './account-page/AccountPage';
import type { OptionsApi } from './api';
import { HomePage } from './HomePage';
import { Notice } from './Notice';
import { createOptionsState, OptionsContext } from './options-state';
import { HostAccess } from './settings/HostAccess';
import { TemplatesPage } from './templates/TemplatesPage';
import { useHashRoute } from './use-hash-route';
import { WelcomePage } from './welcome/WelcomePage';
import { WhatsNew } from './WhatsNew';
import '../frame.css';
import './options.css';

/** The options page's shell: its state for this mount, the one notice with Undo, and the route (home, welcome, templates or an account). */
export function OptionsApp({ api }: { api: OptionsApi }) {
  const [state] = useState(() => createOptionsState(api));
  const { route, goHome } = useHashRoute();
  const { toast, act, notify, closeToast } = useActions(() => reload());
  const reload = () =>
    state
      .refresh()
      .catch((error: Error) => notify({ text: `Could not read your accounts: ${error.message}`, error: true }));
  useEffect(() => {
    void reload();
    return state.start();
  }, []);
  const AccountPage = useAccountPageCode(route.page === 'account');
  const settings = state.settings.current.value;

  return (
    <OptionsContext.Provider value={{ api, state, act, notify, reload }}>
      <div class="options">
        <header class="row-between">
          <div>
            <h1>Account Lens</h1>
            <p class="muted">Your client accounts, kept in this browser only.</p>
          </div>
          <nav aria-label="Options page">
            <a
              href="#/templates"
              data-testid="open-templates"
              aria-current={route.page === 'templates' ? 'page' : undefined}
            >
              Email templates
            </a>
            <a href="#/welcome" data-testid="open-welcome">
              Getting started
            </a>
          </nav>
        </header>
        <main>
          {/* The welcome page asks for access as its first step. */}
          {route.page !== 'welcome' && <HostAccess check={api.hostAccess} request={api.requestHostAccess} />}
          <Notice
            toast={toast}
            onUndo={(undoId) => void act('Undone.', async () => void (await api.background.undo({ undoId })))}
            onClose={closeToast}
          />
          {/* Home stays mounted while an account is open, so Back finds its searches, filters and pages as they were. */}
          <div hidden={route.page !== 'home'}>
            <WhatsNew />
            <HomePage />
          </div>
          {route.page === 'welcome' && <WelcomePage />}
          {route.page === 'templates' && <TemplatesPage />}
          {route.page === 'account' && settings && AccountPage && (
            <AccountPage id={route.id} settings={settings} onBack={goHome} />
          )}
        </main>
      </div>
    </OptionsContext.Provider>
  );
}

/** The account page's code, fetched the first time an account is opened: most visits never need it. */
function useAccountPageCode(needed: boolean) {
  const [code, setCode] = useState<typeof AccountPageView | null>(null);
  useEffect(() => {
    if (needed && !code) void import('./account-page/AccountPage').then((m) => setCode(() => m.AccountPage));
  }, [needed]);
  return code;
}
