import { useEffect, useState } from 'preact/hooks';
import { toLocalDate } from '../../utils/shared/dates';
import type { AccountBundle } from '../../utils/background/db/reads';
import { formatMoney, renewalText } from '../../utils/shared/format';
import { buildAccountView } from '../../utils/shared/insights/account-view';
import type { Account, Issue, Opportunity, OpportunityStage, Task, Tier } from '../../utils/shared/model';
import type { SaveRecordRequest } from '../../utils/protocol/messaging';
import { HealthBadge } from '../HealthBadge';
import { IssueList, OpportunityList, TaskList } from '../sidebar/RecordLists';
import { AccountEditor } from './AccountEditor';
import { AccountTimeline } from './AccountTimeline';

export interface AccountPageApi {
  getAccount(id: string, touchpointLimit: number): Promise<AccountBundle | null>;
}
export interface AccountPageActions {
  saveAccount(account: Account): Promise<boolean>;
  /** One record changed in place (an issue resolved, a task done); the caller shows it with Undo. */
  saveRecord(request: SaveRecordRequest, text: string): Promise<boolean>;
}

/** Touchpoints shown at first and added by each "Show older". */
const TIMELINE_STEP = 50;
/** Touchpoints read at first: enough for health (last contact, the last 30 days' sentiment) and a few pages. */
const FIRST_READ = 200;

/** Everything about one account: header with health, contacts, timeline, issues, opportunities, tasks, objectives, notes. */
export function AccountPage({
  id,
  api,
  actions,
  version,
  cadenceDays,
  privacy,
  onBack,
}: {
  id: string;
  api: AccountPageApi;
  actions: AccountPageActions;
  /** Changes whenever data changed, so the page reads the account again. */
  version: number;
  cadenceDays: Record<Tier, number>;
  privacy: boolean;
  onBack: () => void;
}) {
  const [bundle, setBundle] = useState<AccountBundle | null | undefined>(undefined);
  const [limit, setLimit] = useState(FIRST_READ);
  const [shown, setShown] = useState(TIMELINE_STEP);
  const [editing, setEditing] = useState(false);
  const [error, setError] = useState('');

  useEffect(() => {
    let current = true;
    api.getAccount(id, limit).then(
      (next) => current && (setBundle(next), setError('')),
      (e: Error) => current && setError(`Could not read this account: ${e.message}`),
    );
    return () => void (current = false);
  }, [id, limit, version]);
  useEffect(() => (setShown(TIMELINE_STEP), setLimit(FIRST_READ), setEditing(false)), [id]);

  const back = (
    <button type="button" onClick={onBack} data-testid="account-back">
      ← All accounts
    </button>
  );
  if (error) return <div class="account-page">{back}<p class="error" role="alert">{error}</p></div>;
  if (bundle === undefined) return <div class="account-page">{back}<p class="muted">Loading…</p></div>;
  if (bundle === null) return <div class="account-page">{back}<p class="muted" data-testid="account-missing">This account does not exist or is in the trash.</p></div>;

  const now = new Date();
  const today = toLocalDate(now);
  const { account } = bundle;
  const view = buildAccountView({ account, people: [], reasons: [] }, bundle, cadenceDays, now);
  const original = <T extends { id: string }>(records: T[], id: string) => records.find((r) => r.id === id)!;
  const stamp = now.toISOString();
  const resolve = (issue: Issue) =>
    void actions.saveRecord({ store: 'issues', record: { ...original(bundle.issues, issue.id), status: 'resolved', resolvedAt: stamp } }, `Resolved ${issue.title}.`);
  const done = (task: Task) => void actions.saveRecord({ store: 'tasks', record: { ...original(bundle.tasks, task.id), doneAt: stamp } }, `Done: ${task.title}.`);
  const stage = (o: Opportunity, next: OpportunityStage) => void actions.saveRecord({ store: 'opportunities', record: { ...o, stage: next } }, `${o.title} is now ${next}.`);
  const toggleObjective = (index: number) =>
    void actions.saveRecord(
      { store: 'accounts', record: { ...account, objectives: account.objectives.map((o, i) => (i === index ? { ...o, done: !o.done } : o)) } },
      `Objective ${account.objectives[index]!.done ? 'reopened' : 'done'}.`,
    );
  const resolved = bundle.issues.filter((i) => i.status === 'resolved').sort((a, b) => (b.resolvedAt ?? '').localeCompare(a.resolvedAt ?? ''));
  const closed = bundle.opportunities.filter((o) => o.stage === 'won' || o.stage === 'lost');
  const finished = bundle.tasks.filter((t) => t.doneAt).sort((a, b) => b.doneAt!.localeCompare(a.doneAt!));
  const onDate = (iso: string) => new Date(iso).toLocaleDateString(undefined, { day: 'numeric', month: 'short', year: 'numeric' });

  return (
    <article class="account-page" aria-labelledby="account-title" data-testid="account-page">
      {back}
      <header class="account-head">
        <div class="row-between title-row">
          <h2 id="account-title">{account.name}</h2>
          <button type="button" onClick={() => setEditing(true)} disabled={editing} data-testid="account-page-edit">
            Edit account
          </button>
        </div>
        <p class="facts">
          <span class="tag">{account.tier}</span> <span class={`tag status-${account.status}`}>{account.status}</span> <HealthBadge health={view.health} />
          {account.annualValue && (
            <span>
              {' '}
              · <span class={privacy ? 'private' : ''}>{formatMoney(account.annualValue)}</span> a year
            </span>
          )}
          {account.renewalDate && <span> · {renewalText(account.renewalDate, today)}</span>}
          {account.owner && <span> · owner {account.owner}</span>}
          {account.domains.length > 0 && <span class="muted"> · {account.domains.join(', ')}</span>}
        </p>
        {view.health.factors.length > 0 && (
          <ul class="reasons" aria-label="Why this health" data-testid="health-reasons">
            {view.health.factors.map((f) => (
              <li key={f.key}>
                {f.reason} <span class="muted">(−{f.points})</span>
              </li>
            ))}
          </ul>
        )}
        {editing && <AccountEditor account={account} onSave={actions.saveAccount} onCancel={() => setEditing(false)} />}
      </header>

      <div class="account-columns">
        <div>
          <AccountTimeline
            touchpoints={view.timeline}
            shown={shown}
            privacy={privacy}
            more={shown < view.timeline.length || view.timeline.length === limit}
            onMore={() => {
              setShown(shown + TIMELINE_STEP);
              if (shown + TIMELINE_STEP > view.timeline.length && view.timeline.length === limit) setLimit(limit + 4 * FIRST_READ);
            }}
          />
        </div>
        <div>
          <section class="block" aria-labelledby="account-contacts-heading">
            <h3 id="account-contacts-heading">Contacts {bundle.contacts.length > 0 && <span class="count">{bundle.contacts.length}</span>}</h3>
            {bundle.contacts.length === 0 ? (
              <p class="muted">No contacts yet.</p>
            ) : (
              <ul class="items" data-testid="account-contacts">
                {[...bundle.contacts]
                  .sort((a, b) => a.name.localeCompare(b.name))
                  .map((c) => (
                    <li key={c.id}>
                      <strong>{c.name}</strong> <span class="muted">{[c.title, c.role].filter(Boolean).join(', ')}</span>
                      <div class="muted">{c.emails.join(', ')}</div>
                    </li>
                  ))}
              </ul>
            )}
          </section>
          <div data-testid="account-open-issues">
            <IssueList issues={view.openIssues} onResolve={resolve} />
          </div>
          {resolved.length > 0 && (
            <section class="block" aria-labelledby="resolved-heading">
              <h3 id="resolved-heading">Resolved issues</h3>
              <ul class="items" data-testid="resolved-issues">
                {resolved.map((i) => (
                  <li key={i.id}>
                    <span class={`severity severity-${i.severity}`}>{i.severity}</span> {i.title}
                    <span class="muted"> · resolved {i.resolvedAt ? onDate(i.resolvedAt) : ''}</span>
                    {i.resolution && <div class="muted">{i.resolution}</div>}
                  </li>
                ))}
              </ul>
            </section>
          )}
          <OpportunityList opportunities={view.opportunities} privacy={privacy} onStage={stage} />
          {closed.length > 0 && (
            <section class="block" aria-labelledby="closed-heading">
              <h3 id="closed-heading">Closed opportunities</h3>
              <ul class="items">
                {closed.map((o) => (
                  <li key={o.id}>
                    {o.title} <span class="muted">· {o.stage}</span>
                    {o.value && (
                      <span class={privacy ? 'private' : ''}> · {formatMoney(o.value)}</span>
                    )}
                  </li>
                ))}
              </ul>
            </section>
          )}
          <TaskList tasks={view.tasks} onDone={done} />
          {finished.length > 0 && (
            <section class="block" aria-labelledby="done-heading">
              <h3 id="done-heading">Done</h3>
              <ul class="items">
                {finished.slice(0, 20).map((t) => (
                  <li key={t.id} class="muted">
                    {t.title} · done {onDate(t.doneAt!)}
                  </li>
                ))}
              </ul>
            </section>
          )}
          <section class="block" aria-labelledby="objectives-heading">
            <h3 id="objectives-heading">Objectives</h3>
            {account.objectives.length === 0 ? (
              <p class="muted">None set.</p>
            ) : (
              <ul class="items" data-testid="objectives">
                {account.objectives.map((o, i) => (
                  <li key={i}>
                    <label class="inline">
                      <input type="checkbox" checked={o.done} onChange={() => toggleObjective(i)} /> <span class={o.done ? 'done' : ''}>{o.text}</span>
                    </label>
                    {o.due && <span class="muted"> · by {onDate(`${o.due}T12:00:00`)}</span>}
                  </li>
                ))}
              </ul>
            )}
          </section>
          <section class="block" aria-labelledby="notes-heading">
            <h3 id="notes-heading">Notes</h3>
            {account.notes ? <p class={privacy ? 'notes private' : 'notes'}>{account.notes}</p> : <p class="muted">No notes.</p>}
          </section>
        </div>
      </div>
    </article>
  );
}
