import { signal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import { unmatchedPeople } from '../../utils/shared/insights/unmatched-people';
import { atLocalHour } from '../../utils/shared/dates';
import { buildAccountView, type AccountView } from '../../utils/shared/insights/account-view';
import {
  loggedEntry,
  meetingNotStarted,
  notStartedReason,
  threadMessages,
  touchpointFromPage,
} from '../../utils/shared/insights/page-log';
import { LoadError } from '../LoadError';
import type { PageContext } from '../../utils/shared/model';
import { AccountCard, type CardActions } from './AccountCard';
import type { SidebarApi } from './api';
import { CollapsedTab } from './CollapsedTab';
import { accountNameFrom, addPeopleActions, createAccount } from './add-people';
import { NoAccountHere } from './NoAccountHere';
import { useBookEmpty } from './use-book-empty';
import { useShownMark } from '../shown-mark';
import type { Act } from '../use-actions';
import { useFrameState } from '../use-frame-state';
import { draftTemplateOf, forgetDraftTemplates, rememberDraftTemplate } from './draft-template';
import { PrivateThreadToggle } from './AutoLog';
import { TemplatePicker } from './TemplatePicker';
import { Toast } from './Toast';
import { useTemplates } from './use-templates';
import type { DraftInsertion } from '../../utils/protocol/wire';
import '../frame.css';
import './sidebar.css';

const highlight = signal<string | undefined>(undefined);

export function SidebarApp({ api }: { api: SidebarApi }) {
  const { data: current, settings, error, retry, toast, act, closeToast } = useFrameState(api);
  useShownMark(current?.sidebar === 'expanded' ? (current.resolution?.accounts ?? []).map((m) => m.account.name) : []);
  const bookEmpty = useBookEmpty(api, current);
  const templates = useTemplates(api);
  const view = current?.context?.view;
  useEffect(() => void (view !== 'compose' && forgetDraftTemplates()), [view]);
  if (error) return <LoadError message={error} onRetry={() => void retry()} />;
  if (!current) return null;

  const now = api.now();
  const views = (current.resolution?.accounts ?? []).flatMap((match) => {
    const bundle = current.bundles.find((b) => b.account.id === match.account.id);
    return bundle ? [buildAccountView(match, bundle, settings.cadenceDays, now)] : [];
  });
  const worst = views.map((v) => v.health).sort((a, b) => a.score - b.score)[0];

  if (current.sidebar === 'collapsed')
    return (
      <CollapsedTab
        count={views.length}
        bookEmpty={bookEmpty}
        worst={worst}
        onExpand={() => void api.background.setSidebarState({ state: 'expanded' })}
      />
    );
  if (current.sidebar === 'hidden' || !current.context) return null;
  const context = current.context;
  const privacy = settings.privacyMode;
  const actions = cardActions(api, context, act, now);
  // A meeting that has not started offers no "Log this meeting" (touchpointFromPage is null): say why, and what to do.
  const notStarted = meetingNotStarted(context, now);

  return (
    <div class="sidebar" data-privacy={privacy ? 'on' : 'off'}>
      <header class="bar">
        <span class="brand">Account Lens</span>
        <span class="muted count" data-testid="account-count">
          {views.length} account{views.length === 1 ? '' : 's'}
        </span>
        <button
          type="button"
          class="icon"
          onClick={() => void api.background.setSidebarState({ state: 'collapsed' })}
          aria-label="Collapse the sidebar"
          title="Collapse (Alt+Shift+L)"
        >
          ›
        </button>
      </header>
      <main aria-label="Accounts on this page">
        {context.subject && (
          <p class="subject muted" data-testid="page-subject">
            {context.subject}
          </p>
        )}
        {notStarted && views.length > 0 && (
          <p class="subject muted" role="status" data-testid="log-later">
            {notStartedReason(notStarted, now)} Meanwhile, <strong>Note</strong> saves a prep note: notes are internal
            and do not count as contact.
          </p>
        )}
        {context.view === 'compose' && views.length > 0 && (
          <TemplatePicker
            templates={templates}
            views={views}
            now={now}
            onInsert={(template, text) =>
              act(
                (done: DraftInsertion) =>
                  `Inserted "${template.name}" into the draft${done.subject === 'kept' ? ' (its own subject kept)' : ''}.`,
                async () => {
                  const done = await api.background.insertIntoDraft({
                    template: { id: template.id, name: template.name },
                    ...text,
                  });
                  if (done.body !== 'inserted') throw new Error(INSERT_FAILED[done.body]);
                  rememberDraftTemplate(context, template);
                  return done;
                },
              )
            }
          />
        )}
        {settings.autoLog && views.length > 0 && (context.view === 'thread' || context.view === 'reading-pane') && (
          <PrivateThreadToggle context={context} threads={api.privateThreads} />
        )}
        {views.length === 0 && (
          <NoAccountHere
            bookEmpty={bookEmpty}
            people={unmatchedPeople(context, current.resolution)}
            actions={addPeopleActions(api, act)}
          />
        )}
        {views.map((view, index) => (
          <AccountCard
            key={view.id}
            view={view}
            logLabel={
              touchpointFromPage(context, view, now)
                ? context.site === 'google-calendar' || context.view.startsWith('event')
                  ? 'Log this meeting'
                  : 'Log this email'
                : null
            }
            logged={loggedEntry(context, view)}
            messages={threadMessages(context, view, now)}
            highlightId={highlight.value}
            privacy={privacy}
            now={now}
            actions={actions}
            open={index === 0}
          />
        ))}
        {views.length > 0 &&
          (current.resolution?.unknownDomains ?? []).map(({ domain, people }) => (
            <section class="unknown" key={domain} aria-label={`${domain}: no account`}>
              <p>
                <strong>{domain}</strong>{' '}
                <span class="muted">is not an account yet ({people.length} on this page).</span>
              </p>
              <button
                type="button"
                onClick={() => void act(`Created ${accountNameFrom(domain)}`, () => createAccount(api, domain))}
                data-testid="create-account"
              >
                Create account
              </button>
            </section>
          ))}
      </main>
      <Toast
        toast={toast}
        onUndo={(undoId) => void act('Undone', async () => void (await api.background.undo({ undoId })))}
        onClose={closeToast}
      />
    </div>
  );
}

const INSERT_FAILED = {
  'no-draft': 'No draft was found in the page: click into the message you are writing, then insert again.',
  refused: 'The draft did not keep the text: click into the message body, then insert again.',
} as const;

function cardActions(api: SidebarApi, context: PageContext, act: Act, now: Date): CardActions {
  const nowIso = now.toISOString();
  return {
    logPage: (view: AccountView) => {
      const found = touchpointFromPage(context, view, now);
      const template = draftTemplateOf(context);
      const record = found && template ? { ...found, template } : found;
      if (record) void act(`Logged in ${view.name}`, () => api.background.saveRecord({ store: 'touchpoints', record }));
    },
    logMessage: (view, row) =>
      void act(`Logged the message in ${view.name}`, () =>
        api.background.saveRecord({ store: 'touchpoints', record: row.record }),
      ),
    showLogged: (entry) => {
      highlight.value = entry.id;
      requestAnimationFrame(() => document.getElementById(`touchpoint-${entry.id}`)?.focus());
      document.getElementById(`touchpoint-${entry.id}`)?.scrollIntoView({ block: 'center' });
    },
    quickAdd: (view, value) =>
      act(`Added to ${view.name}`, () => {
        if (value.kind === 'note')
          return api.background.saveRecord({
            store: 'touchpoints',
            record: {
              accountId: view.id,
              contactIds: [],
              kind: 'note',
              direction: 'outbound',
              occurredAt: nowIso,
              summary: value.text,
              sentiment: 'neutral',
            },
          });
        if (value.kind === 'task')
          return api.background.saveRecord({
            store: 'tasks',
            record: { accountId: view.id, title: value.title, dueAt: atLocalHour(value.due, 17) },
          });
        return api.background.saveRecord({
          store: 'issues',
          record: {
            accountId: view.id,
            title: value.title,
            severity: value.severity,
            status: 'open',
            openedAt: nowIso,
          },
        });
      }),
    addContact: (view, person) =>
      void act(`Added ${person.name} to ${view.name}`, () =>
        api.background.saveRecord({
          store: 'contacts',
          record: { accountId: view.id, name: person.name || person.email!, emails: [person.email!], role: 'other' },
        }),
      ),
    // By address, or by the name shown when the page showed no address; Undo takes the exclusion back.
    notThisAccount: (view, person) => {
      const who = person.email ?? person.name;
      const asked = person.email
        ? { email: person.email, accountId: view.id }
        : { name: person.name, accountId: view.id };
      void act(`${who} will no longer match ${view.name}`, async () => {
        const { exclusion } = await api.background.excludeMatch(asked);
        return {
          undo: { label: `${who} matches ${view.name} again`, run: () => api.background.includeMatch(exclusion) },
        };
      });
    },
    resolveIssue: (issue) =>
      void act(`Resolved "${issue.title}"`, () =>
        api.background.saveRecord({
          store: 'issues',
          record: { ...viewOnlyFieldsRemoved(issue), status: 'resolved', resolvedAt: nowIso },
        }),
      ),
    setStage: (opportunity, stage) =>
      void act(`${opportunity.title}: ${stage}`, () =>
        api.background.saveRecord({ store: 'opportunities', record: { ...opportunity, stage } }),
      ),
    takeBackAutoLog: (view, entries) =>
      void act(`Taken back: not logged automatically again in ${view.name}`, () =>
        api.background.takeBackAutoLog({ ids: entries.map((t) => t.id) }),
      ),
    completeTask: (task) =>
      void act(`Done: ${task.title}`, () =>
        api.background.saveRecord({ store: 'tasks', record: { ...viewOnlyFieldsRemoved(task), doneAt: nowIso } }),
      ),
  };
}

/** The view adds `ageDays` and `overdue`; records sent back for saving must not carry them. */
function viewOnlyFieldsRemoved<T extends object>(record: T): T {
  const copy = { ...record } as T & { ageDays?: number; overdue?: boolean };
  delete copy.ageDays;
  delete copy.overdue;
  return copy;
}
