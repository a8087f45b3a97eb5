import { useEffect, useRef, useState } from 'preact/hooks';
import type { TabAccounts } from '../../utils/background/tab-state';
import { addDays, atLocalHour, toLocalDate } from '../../utils/shared/dates';
import { buildBriefing } from '../../utils/shared/insights/briefing';
import type { Due } from '../../utils/shared/insights/due';
import {
  defaultForm,
  formRecords,
  validateForm,
  type FormErrors,
  type LogForm,
} from '../../utils/shared/insights/log-form';
import type { Task } from '../../utils/shared/model';
import type { SearchHit } from '../../utils/background/search/index';
import { DEFAULT_SETTINGS, type Settings } from '../../utils/shared/settings-shape';
import { Toast } from '../sidebar/Toast';
import { useActions } from '../use-actions';
import type { PopupApi } from './api';
import { AccountSearch } from './AccountSearch';
import { DueList } from './DueList';
import { EmptyBook } from './EmptyBook';
import { keyboardLayout, shortcutLetter } from '../../utils/shared/shortcut-letter';
import { KIND_KEYS, LogFormView } from './LogFormView';
import '../frame.css';
import './popup.css';

/** The toolbar popup: find an account, log what happened, see what is due. Keyboard first. */
const DUE = 'What is due';
const SETTINGS = 'Your settings';

export function PopupApp({ api }: { api: PopupApi }) {
  const now = api.now();
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  const [tab, setTab] = useState<TabAccounts | null>(null);
  const [form, setFormState] = useState<LogForm>(() => defaultForm(null, now, DEFAULT_SETTINGS.cadenceDays));
  // Keystrokes can outrun rendering (Alt+N then Ctrl+Enter): the shortcuts read and write the latest form through this ref.
  const latest = useRef(form);
  const setForm = (next: LogForm) => {
    latest.current = next;
    setFormState(next);
  };
  const [errors, setErrors] = useState<FormErrors>({});
  const [due, setDue] = useState<Due>({ tasks: [], renewals: [] });
  const [ready, setReady] = useState(false);
  const [bookEmpty, setBookEmpty] = useState(false);
  const touched = useRef(false);

  /** What could not be read, by what it is; shown until it is read again. */
  const [failures, setFailures] = useState<Record<string, string>>({});
  const failed = (what: string) => (error: unknown) =>
    setFailures((all) => ({ ...all, [what]: (error as Error).message.replace(/\.$/, '') }));
  const refreshDue = () =>
    api.background
      .getDue(null)
      .then((found) => (setDue(found), setFailures(({ [DUE]: _, ...rest }) => rest)), failed(DUE));
  const { toast, act, closeToast } = useActions(refreshDue);
  useEffect(() => {
    void api.background.warmSearch(null).catch(() => undefined);
    void api.background.isBookEmpty(null).then(
      ({ empty }) => setBookEmpty(empty),
      () => undefined,
    );
    void refreshDue();
    // The page is a suggestion: without it the popup still logs, for an account searched for.
    void Promise.all([api.background.getTabAccounts({}).catch(() => null), api.settings()]).then(([found, loaded]) => {
      setSettings(loaded);
      setTab(found);
      const prefilled = defaultForm(found, api.now(), loaded.cadenceDays);
      // What the user already typed wins over what the page suggests.
      if (!touched.current && prefilled.accountId) {
        setForm(prefilled);
        // With the account known, the summary is the next thing to type.
        document.getElementById('summary')?.focus();
      }
      setReady(true);
    }, failed(SETTINGS));
  }, []);

  const save = async () => {
    const form = latest.current;
    const found = validateForm(form, api.now());
    setErrors(found);
    if (Object.keys(found).length) return;
    const saved = await act(
      `Logged ${form.kind} for ${form.accountName}${form.followUp.enabled ? ' with a follow-up' : ''}`,
      () => api.background.saveRecords({ records: formRecords(form) }),
    );
    if (saved)
      setForm({
        ...defaultForm(null, api.now(), settings.cadenceDays),
        accountId: form.accountId,
        accountName: form.accountName,
        contactIds: form.contactIds,
      });
  };

  useEffect(() => {
    // The layout is read once; until it is, a key's code stands in for it.
    let layout: ReadonlyMap<string, string> | undefined;
    void keyboardLayout().then((map) => (layout = map));
    const onKey = (event: KeyboardEvent) => {
      // Not with Ctrl: AltGr (Ctrl+Alt on Windows) types a character, it is no shortcut.
      const kind =
        event.altKey && !event.ctrlKey && !event.metaKey ? KIND_KEYS[shortcutLetter(event, layout) ?? ''] : undefined;
      if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
        event.preventDefault();
        void save();
      } else if (kind) {
        event.preventDefault();
        touched.current = true;
        setForm({ ...latest.current, kind });
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  const pick = (hit: SearchHit) => {
    touched.current = true;
    setForm({
      ...latest.current,
      accountId: hit.accountId,
      accountName: hit.kind === 'account' ? hit.name : hit.detail.split(' · ')[0],
      contactIds: hit.kind === 'contact' ? [hit.id] : [],
      source: undefined,
    });
    setErrors({ ...errors, account: undefined });
    document.getElementById('summary')?.focus();
  };
  const done = (task: Task) =>
    void act(`Done: ${task.title}`, () =>
      api.background.saveRecords({
        records: [{ store: 'tasks', record: { ...task, doneAt: api.now().toISOString() } }],
      }),
    );
  const snooze = (task: Task) => {
    const tomorrow = atLocalHour(addDays(toLocalDate(api.now()), 1), 9);
    void act(`Snoozed until tomorrow: ${task.title}`, () =>
      api.background.saveRecords({ records: [{ store: 'tasks', record: { ...task, dueAt: tomorrow } }] }),
    );
  };
  const planRenewal = (accountId: string) => {
    const account = due.renewals.find((r) => r.account.id === accountId)?.account;
    if (!account) return;
    void act(`Renewal opportunity added for ${account.name}`, () =>
      api.background.saveRecords({
        records: [
          {
            store: 'opportunities',
            record: {
              accountId,
              title: `Renewal ${account.renewalDate?.slice(0, 4) ?? ''}`.trim(),
              kind: 'renewal',
              stage: 'identified',
              expectedClose: account.renewalDate,
              ...(account.annualValue ? { value: account.annualValue } : {}),
            },
          },
        ],
      }),
    );
  };

  const briefing =
    tab?.context && tab.resolution && tab.context.view.startsWith('event')
      ? buildBriefing(tab.context, tab.resolution, tab.bundles, settings.cadenceDays, now)
      : null;

  return (
    <div class="popup" data-ready={ready ? '' : undefined}>
      <header>
        <h1>Account Lens</h1>
      </header>
      <main>
        {Object.entries(failures).map(([what, why]) => (
          <p key={what} class="field-error" role="alert" data-testid="popup-load-failed">
            {what} could not be read: {why}. Close and open the popup again.
          </p>
        ))}
        {bookEmpty && <EmptyBook onStart={() => void api.openWelcome().then(() => window.close())} />}
        <AccountSearch
          search={(query) => api.background.search({ query, limit: 8 })}
          onPick={pick}
          error={errors.account}
        />
        {form.accountName && (
          <p class="chosen" data-testid="chosen-account">
            For <strong>{form.accountName}</strong>
            {form.source?.subject && <span class="muted"> · {form.source.subject}</span>}
          </p>
        )}
        {form.notice && (
          <p class="chosen muted" role="status" data-testid="log-notice">
            {form.notice}
          </p>
        )}
        {briefing && briefing.accounts[0] && (
          <section class="event-brief" aria-label="This meeting" data-testid="popup-briefing">
            <h2>{briefing.title || 'This meeting'}</h2>
            <ol>
              {briefing.accounts[0].talkingPoints.slice(0, 3).map((p) => (
                <li key={`${p.rule}-${p.source.id}`}>{p.text}</li>
              ))}
            </ol>
          </section>
        )}
        <LogFormView
          form={form}
          errors={errors}
          now={now}
          onChange={(next) => ((touched.current = true), setForm(next))}
          onSubmit={() => void save()}
        />
        <DueList due={due} onDone={done} onSnooze={snooze} onPlanRenewal={planRenewal} />
      </main>
      <Toast
        toast={toast}
        onUndo={(undoId) => void act('Undone', async () => void (await api.background.undo({ undoId })))}
        onClose={closeToast}
      />
    </div>
  );
}
