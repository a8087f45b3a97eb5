import { signal } from '@preact/signals';
import { useEffect, useState } from 'preact/hooks';
import { toLocalDate } from '../../utils/shared/dates';
import type { DetectionMissCount, StoreCounts } from '../../utils/protocol/messaging';
import type { AccountBundle } from '../../utils/background/db/reads';
import type { ContactFilter } from '../../utils/shared/insights/contact-filter';
import type { SaveRecordRequest } from '../../utils/protocol/messaging';
import type { Account, Contact, Draft } from '../../utils/shared/model';
import type { Settings } from '../../utils/settings/settings';
import type { DataActions } from '../../utils/pages/data-actions';
import type { Portfolio } from '../../utils/shared/insights/portfolio';
import { filterAccounts, NO_FILTER, type AccountFilter } from '../../utils/shared/insights/account-filter';
import { AccountEditor } from './AccountEditor';
import { AccountFilters } from './AccountFilters';
import type { AccountPage as AccountPageView } from './AccountPage';
import { AccountsTable } from './AccountsTable';
import { ContactsPanel } from './ContactsPanel';
import { goHome, useHashRoute } from './use-hash-route';
import { Dashboard } from './Dashboard';
import { TrashPanel, type TrashItem } from './TrashPanel';
import { DataPanel } from './DataPanel';
import { DetectionReport } from './DetectionReport';
import { HostAccess } from './HostAccess';
import { SettingsForm } from './SettingsForm';
import '../frame.css';
import './options.css';

/** What the options page needs from the extension; the entrypoint wires it to messages and storage. */
export interface OptionsApi {
  listAccounts(): Promise<Account[]>;
  saveAccount(account: Account): Promise<{ undoId: string }>;
  deleteAccount(id: string): Promise<{ undoId: string; deleted: number }>;
  mergeAccounts(keepId: string, mergeId: string): Promise<{ undoId: string; moved: number }>;
  /** An account with its records, touchpoints newest first (at most `touchpointLimit`). */
  getAccount(id: string, touchpointLimit: number): Promise<AccountBundle | null>;
  /** One record of any kind, as one action with its undo. */
  saveRecord(request: SaveRecordRequest): Promise<{ undoId: string }>;
  listContacts(filter: ContactFilter, offset: number, limit: number): Promise<{ contacts: Contact[]; total: number }>;
  deleteContact(id: string): Promise<{ undoId: string }>;
  mergeContacts(keepId: string, mergeId: string): Promise<{ undoId: string; moved: number }>;
  undo(undoId: string): Promise<void>;
  loadDemoData(replace: boolean): Promise<StoreCounts>;
  getSettings(): Promise<Settings>;
  saveSettings(next: Settings): Promise<void>;
  getDetectionReport(): Promise<DetectionMissCount[]>;
  copyText(text: string): Promise<void>;
  /** Whether the mail and calendar hosts may be read (a Firefox user can revoke it). */
  hostAccess(): Promise<boolean>;
  requestHostAccess(): Promise<boolean>;
  /** Backup, restore, import and export; `onChanged` is called after data or the last backup changed. */
  data(onChanged: () => void): DataActions;
  lastBackupDays(): Promise<number | null>;
  /** Asks the browser to keep the data under storage pressure; true when it will. */
  persistStorage(): Promise<boolean>;
  getPortfolio(): Promise<Portfolio>;
  listTrash(): Promise<TrashItem[]>;
  restoreFromTrash(item: TrashItem): Promise<void>;
  erasePermanently(item: TrashItem): Promise<void>;
}

const accounts = signal<Account[] | null>(null);
const settings = signal<Settings | null>(null);
const notice = signal<{ text: string; error: boolean; undoId?: string } | null>(null);
const misses = signal<DetectionMissCount[]>([]);
const backupDays = signal<number | null>(null);
const persisted = signal<boolean | null>(null);
const portfolio = signal<Portfolio | null>(null);
const trash = signal<TrashItem[]>([]);
const filter = signal<AccountFilter>(NO_FILTER);
const creating = signal(false);
/** Bumped after every change, so views that read data themselves (contacts, an account's page) read again. */
const version = signal(0);
/** The account page's code, fetched the first time an account is opened: most visits never need it. */
const accountPage = signal<typeof AccountPageView | null>(null);
/** A new account's starting values; the data layer gives it an id and timestamps. */
const BLANK: Account = { id: '', createdAt: '', updatedAt: '', name: '', domains: [], tier: 'standard', status: 'active', objectives: [], tags: [] };

export function OptionsApp({ api }: { api: OptionsApi }) {
  const refresh = async () => {
    version.value++;
    try {
      accounts.value = await api.listAccounts();
      portfolio.value = await api.getPortfolio();
      trash.value = await api.listTrash();
    } catch (error) {
      notice.value = { text: `Could not read your accounts: ${(error as Error).message}`, error: true };
    }
  };
  useEffect(() => {
    void refresh();
    api.getSettings().then((s) => (settings.value = s));
    api.getDetectionReport().then((m) => (misses.value = m));
    api.lastBackupDays().then((d) => (backupDays.value = d));
    api.persistStorage().then((p) => (persisted.value = p), () => (persisted.value = false));
  }, []);
  const [dataActions] = useState(() => api.data(() => (void refresh(), void api.lastBackupDays().then((d) => (backupDays.value = d)))));

  /** One account action: a failure is shown, a success offers Undo. */
  const act = async (work: () => Promise<{ undoId?: string }>, text: string) => {
    try {
      const { undoId } = await work();
      notice.value = { text, error: false, undoId };
      await refresh();
      return true;
    } catch (error) {
      notice.value = { text: (error as Error).message, error: true };
      return false;
    }
  };
  const accountActions = {
    save: (account: Account) => {
      // A new account goes without id and timestamps: the data layer sets them.
      const { id, createdAt, updatedAt, ...draft } = account;
      return act(() => api.saveAccount((id ? account : draft) as Account), `Saved ${account.name}.`);
    },
    remove: (account: Account) => void act(() => api.deleteAccount(account.id), `Deleted ${account.name} and its contacts, touchpoints, tasks, issues and opportunities.`),
    merge: (keep: Account, duplicate: Account) => void act(() => api.mergeAccounts(keep.id, duplicate.id), `Merged ${duplicate.name} into ${keep.name}.`),
  };
  const contactActions = {
    save: (draft: Draft<Contact>) => act(() => api.saveRecord({ store: 'contacts', record: draft }), `Saved ${draft.name}.`),
    remove: (contact: Contact) => void act(() => api.deleteContact(contact.id), `Deleted ${contact.name}.`),
    merge: (keep: Contact, duplicate: Contact) => void act(() => api.mergeContacts(keep.id, duplicate.id), `Merged ${duplicate.name} into ${keep.name}.`),
  };
  const route = useHashRoute();
  useEffect(() => {
    if (route.page === 'account' && !accountPage.value) void import('./AccountPage').then((m) => (accountPage.value = m.AccountPage));
  }, [route.page]);
  const AccountPage = accountPage.value;

  const loadDemo = async () => {
    const replace = (accounts.value?.length ?? 0) > 0;
    if (replace && !confirm('Replace all your data with the demo portfolio? This cannot be undone.')) return;
    try {
      const counts = await api.loadDemoData(replace);
      notice.value = { text: `Demo data loaded: ${counts.accounts} accounts, ${counts.contacts} contacts, ${counts.touchpoints} touchpoints.`, error: false };
      await refresh();
    } catch (error) {
      notice.value = { text: (error as Error).message, error: true };
    }
  };

  return (
    <div class="options">
      <header>
        <h1>Account Lens</h1>
        <p class="muted">Your client accounts, kept in this browser only.</p>
      </header>
      <main>
        <HostAccess check={api.hostAccess} request={api.requestHostAccess} />
        {notice.value && (
          <p role={notice.value.error ? 'alert' : 'status'} class={notice.value.error ? 'notice toast toast-error' : 'notice toast'} data-testid="notice">
            <span>{notice.value.text}</span>
            {notice.value.undoId && (
              <button type="button" onClick={() => void act(async () => (await api.undo(notice.value!.undoId!), {}), 'Undone.')} data-testid="notice-undo">
                Undo
              </button>
            )}
            <button type="button" onClick={() => (notice.value = null)} aria-label="Dismiss" data-testid="notice-dismiss">
              ×
            </button>
          </p>
        )}
        {/* Home stays mounted while an account is open, so Back finds its searches, filters and pages as they were. */}
        <div hidden={route.page !== 'home'}>{home()}</div>
        {route.page === 'account' &&
          settings.value &&
          AccountPage && (
            <AccountPage
              id={route.id}
              api={api}
              version={version.value}
              cadenceDays={settings.value.cadenceDays}
              privacy={settings.value.privacyMode}
              onBack={goHome}
              actions={{ saveAccount: accountActions.save, saveRecord: (request, text) => act(() => api.saveRecord(request), text) }}
            />
          )}
      </main>
    </div>
  );

  /** The home page: dashboard, accounts, contacts, data, trash, settings. Called, not mounted as a component, so its parts keep their state. */
  function home() {
    return (
      <>
        {portfolio.value && (accounts.value?.length ?? 0) > 0 && <Dashboard portfolio={portfolio.value} accounts={accounts.value ?? []} privacy={settings.value?.privacyMode ?? false} now={new Date()} />}
        <section aria-labelledby="accounts-heading">
          <div class="section-head">
            <h2 id="accounts-heading">
              Accounts {accounts.value ? <span class="muted">({accounts.value.length})</span> : null}
            </h2>
            <button type="button" onClick={loadDemo} data-testid="load-demo">
              Load demo data
            </button>
          </div>
          <div class="row-between">
            <AccountFilters filter={filter.value} owners={[...new Set((accounts.value ?? []).flatMap((a) => (a.owner ? [a.owner] : [])))].sort()} onChange={(next) => (filter.value = next)} />
            <button type="button" onClick={() => (creating.value = true)} data-testid="new-account">
              New account
            </button>
          </div>
          {creating.value && <AccountEditor account={BLANK} onSave={accountActions.save} onCancel={() => (creating.value = false)} />}
          {accounts.value === null ? (
            <p class="muted">Loading…</p>
          ) : (
            <AccountsTable
              accounts={filterAccounts(accounts.value, filter.value, toLocalDate(new Date()), (id) => portfolio.value?.healthById[id])}
              today={toLocalDate(new Date())}
              health={portfolio.value?.healthById ?? {}}
              actions={accountActions}
              pageKey={filter.value}
            />
          )}
        </section>
        <ContactsPanel api={api} accounts={accounts.value ?? []} version={version.value} actions={contactActions} />
        <DataPanel actions={dataActions} lastBackupDays={backupDays.value} persisted={persisted.value} />
        <TrashPanel
          items={trash.value}
          onRestore={(item) => void act(async () => (await api.restoreFromTrash(item), {}), 'Restored.')}
          onErase={(item) => {
            if (confirm('Delete permanently? This erases it, and every copy kept for undo. It cannot be undone.')) void act(async () => (await api.erasePermanently(item), {}), 'Deleted permanently.');
          }}
        />
        <section>{settings.value && <SettingsForm settings={settings.value} onSave={api.saveSettings} />}</section>
        <DetectionReport
          misses={misses.value}
          onCopy={(text) => api.copyText(text).then(() => (notice.value = { text: 'Detection report copied.', error: false }))}
        />
      </>
    );
  }
}
