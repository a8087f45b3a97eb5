import { useState } from 'preact/hooks';
import { toLocalDate } from '../../utils/shared/dates';
import { daysAgoText, formatMoney, renewalText } from '../../utils/shared/format';
import type { AccountView, PersonOnPage } from '../../utils/shared/insights/account-view';
import type { Issue, Opportunity, OpportunityStage, Task, Touchpoint } from '../../utils/shared/model';
import { HealthBadge } from '../HealthBadge';
import { AutoLoggedMark } from './AutoLog';
import { QuickAdd, type QuickAddKind, type QuickAddValue } from './QuickAdd';
import { IssueList, OpportunityList, TaskList } from './RecordLists';
import { ThreadMessages, type MessageRow } from './ThreadMessages';
import { Timeline } from './Timeline';

export interface CardActions {
  logPage(view: AccountView): void;
  /** One message of a thread of several, logged on its own. */
  logMessage(view: AccountView, row: MessageRow): void;
  showLogged(entry: Touchpoint): void;
  quickAdd(view: AccountView, value: QuickAddValue): Promise<boolean>;
  addContact(view: AccountView, person: PersonOnPage): void;
  notThisAccount(view: AccountView, person: PersonOnPage): void;
  resolveIssue(issue: Issue): void;
  setStage(opportunity: Opportunity, stage: OpportunityStage): void;
  completeTask(task: Task): void;
  /** The Undo of the "logged automatically" mark: those entries go to the trash, never logged automatically again. */
  takeBackAutoLog(view: AccountView, entries: Touchpoint[]): void;
}

const REASON_TEXT = { email: 'their address', domain: 'the email domain', name: 'the name shown' } as const;
const ROLE_TEXT: Record<string, string> = { 'decision-maker': 'decision maker' };

export interface AccountCardProps {
  view: AccountView;
  /** "Log this email" / "Log this meeting", or null when the page has nothing to log. */
  logLabel: string | null;
  logged?: Touchpoint;
  /** A thread of several messages: each one, loggable on its own (empty otherwise). */
  messages?: MessageRow[];
  highlightId?: string;
  privacy: boolean;
  now: Date;
  actions: CardActions;
  open: boolean;
}

export function AccountCard({
  view,
  logLabel,
  logged,
  messages = [],
  highlightId,
  privacy,
  now,
  actions,
  open,
}: AccountCardProps) {
  const [adding, setAdding] = useState<QuickAddKind | null>(null);
  const headingId = `account-${view.id}`;
  const today = toLocalDate(now);
  return (
    <article class="account" aria-labelledby={headingId} data-testid="account-card">
      <details open={open}>
        <summary>
          <h2 id={headingId} data-testid="account-name">
            {view.name}
          </h2>
          <HealthBadge health={view.health} compact />
          <span class="tag">{view.tier}</span>
          <span class={`tag status-${view.status}`}>{view.status}</span>
        </summary>

        <dl class="facts">
          <div>
            <dt>Health</dt>
            <dd>
              <HealthBadge health={view.health} />
              {view.health.factors.length > 0 && (
                <ul class="reasons">
                  {view.health.factors.map((f) => (
                    <li key={f.key}>
                      {f.reason} <span class="muted">(−{f.points})</span>
                    </li>
                  ))}
                </ul>
              )}
            </dd>
          </div>
          {view.annualValue && (
            <div>
              <dt>Annual value</dt>
              <dd class={privacy ? 'private' : ''} data-testid="annual-value">
                {formatMoney(view.annualValue)}
              </dd>
            </div>
          )}
          {view.renewalDate && view.renewsInDays !== undefined && (
            <div>
              <dt>Renewal</dt>
              <dd class={view.renewsInDays >= 0 && view.renewsInDays <= 60 ? 'soon' : ''} data-testid="renewal">
                {renewalText(view.renewalDate, today)}
              </dd>
            </div>
          )}
          {(view.owner || view.preferredChannel) && (
            <div>
              <dt>Owner</dt>
              <dd>
                {view.owner ?? '—'}
                {view.preferredChannel && <span class="muted"> · prefers {view.preferredChannel}</span>}
              </dd>
            </div>
          )}
          <div>
            <dt>Last contact</dt>
            <dd data-testid="last-contact">
              {view.lastContact
                ? `${daysAgoText(view.lastContact.daysAgo)}, ${view.lastContact.kind} by ${view.lastContact.by}`
                : 'never'}
            </dd>
          </div>
        </dl>

        <section class="block" aria-label="People on this page">
          <h3>On this page</h3>
          <ul class="people">
            {view.people.map((p, i) => (
              <li key={`${p.email ?? p.name}|${i}`} data-testid="person">
                <span class="name">{p.name}</span>
                {p.contactRole && <span class="tag role">{ROLE_TEXT[p.contactRole] ?? p.contactRole}</span>}
                {p.title && <span class="muted"> · {p.title}</span>}
                <div class="why muted">
                  {p.pageRole} · matched by {REASON_TEXT[p.reason]}
                  {p.ambiguous && (
                    <strong class="same-name" data-testid="same-name">
                      , same name as {p.ambiguous} contacts
                    </strong>
                  )}
                  {!p.contactId && p.email && (
                    <button
                      type="button"
                      class="link"
                      onClick={() => actions.addContact(view, p)}
                      data-testid="add-contact"
                    >
                      Add as contact
                    </button>
                  )}
                  {(p.email || p.reason === 'name') && (
                    <button type="button" class="link" onClick={() => actions.notThisAccount(view, p)}>
                      Not this account
                    </button>
                  )}
                </div>
              </li>
            ))}
          </ul>
        </section>

        <div class="actions" role="group" aria-label={`Log or add for ${view.name}`}>
          {logLabel &&
            (logged ? (
              <button type="button" onClick={() => actions.showLogged(logged)} data-testid="logged-link">
                Logged ✓ — see entry
              </button>
            ) : (
              <button type="button" class="primary" onClick={() => actions.logPage(view)} data-testid="log-page">
                {logLabel}
              </button>
            ))}
          <button type="button" onClick={() => setAdding('note')} aria-expanded={adding === 'note'}>
            Note
          </button>
          <button type="button" onClick={() => setAdding('task')} aria-expanded={adding === 'task'}>
            Task
          </button>
          <button type="button" onClick={() => setAdding('issue')} aria-expanded={adding === 'issue'}>
            Issue
          </button>
        </div>
        <AutoLoggedMark
          entries={automaticOnPage(logged, messages)}
          onUndo={() => actions.takeBackAutoLog(view, automaticOnPage(logged, messages))}
        />
        <ThreadMessages
          rows={messages}
          accountName={view.name}
          senderName={(address) => senderName(view, address)}
          onLog={(row) => actions.logMessage(view, row)}
          onShowLogged={actions.showLogged}
        />
        {adding && (
          <QuickAdd
            kind={adding}
            today={now}
            onSubmit={(value) => actions.quickAdd(view, value)}
            onCancel={() => setAdding(null)}
          />
        )}

        <IssueList issues={view.openIssues} onResolve={actions.resolveIssue} />
        <OpportunityList opportunities={view.opportunities} privacy={privacy} onStage={actions.setStage} />
        <TaskList tasks={view.tasks} onDone={actions.completeTask} />
        <Timeline touchpoints={view.timeline} highlightId={highlightId} privacy={privacy} />
        {view.notes && (
          <section class="block" aria-label="Notes">
            <h3>Notes</h3>
            <p class={privacy ? 'notes private' : 'notes'} data-testid="account-notes">
              {view.notes}
            </p>
          </section>
        )}
      </details>
    </article>
  );
}

/** The entries of this page's messages that automatic logging wrote, once each. */
function automaticOnPage(logged: Touchpoint | undefined, messages: MessageRow[]): Touchpoint[] {
  const entries = [logged, ...messages.map((m) => m.logged)].filter((t): t is Touchpoint => !!t?.automatic);
  return [...new Map(entries.map((t) => [t.id, t])).values()];
}

/** A message's sender as the card names people: the contact's or page's name, else the address, else "You". */
function senderName(view: AccountView, address: string | undefined): string {
  if (!address) return 'Unknown sender';
  const person = view.people.find((p) => p.email?.toLowerCase() === address.toLowerCase());
  return person?.name || address;
}
