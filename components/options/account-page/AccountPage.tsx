import { useEffect, useState } from 'preact/hooks';
import type { SaveRecordRequest } from '../../../utils/protocol/messaging';
import { toLocalDate } from '../../../utils/shared/dates';
import { buildAccountView } from '../../../utils/shared/insights/account-view';
import type { Settings } from '../../../utils/shared/settings-shape';
import { useAccountActions } from '../accounts/use-account-actions';
import { useOptions } from '../options-state';
import { AccountContacts } from './AccountContacts';
import { AccountHeader } from './AccountHeader';
import { AccountIssues } from './AccountIssues';
import { AccountNotes } from './AccountNotes';
import { AccountObjectives } from './AccountObjectives';
import { AccountOpportunities } from './AccountOpportunities';
import { AccountTasks } from './AccountTasks';
import { AccountTimeline } from './AccountTimeline';
import { useAccountBundle } from './use-account-bundle';

/** Touchpoints shown at first and added by each "Show older". */
const TIMELINE_STEP = 50;
/** Touchpoints read at first: enough for health (last contact, the last 30 days' sentiment) and a few pages. */
const FIRST_READ = 200;

/** Everything about one account: header with health, contacts, timeline, issues, opportunities, tasks, objectives, notes. */
export function AccountPage({ id, settings, onBack }: { id: string; settings: Settings; onBack: () => void }) {
  const { api, state, act } = useOptions();
  const accountActions = useAccountActions();
  const [limit, setLimit] = useState(FIRST_READ);
  const [shown, setShown] = useState(TIMELINE_STEP);
  const [editing, setEditing] = useState(false);
  // Read again whenever data changed anywhere on the page.
  const { bundle, error } = useAccountBundle(api.background, id, limit, state.version.value);
  useEffect(() => (setShown(TIMELINE_STEP), setLimit(FIRST_READ), setEditing(false)), [id]);

  const back = (
    <button type="button" onClick={onBack} data-testid="account-back">
      ← All accounts
    </button>
  );
  if (error)
    return (
      <div class="account-page">
        {back}
        <p class="error" role="alert">
          {error}
        </p>
      </div>
    );
  if (bundle === undefined)
    return (
      <div class="account-page">
        {back}
        <p class="muted">Loading…</p>
      </div>
    );
  if (bundle === null)
    return (
      <div class="account-page">
        {back}
        <p class="muted" data-testid="account-missing">
          This account does not exist or is in the trash.
        </p>
      </div>
    );

  const now = api.now();
  const stamp = now.toISOString();
  const { account } = bundle;
  const privacy = settings.privacyMode;
  const view = buildAccountView({ account, people: [], reasons: [] }, bundle, settings.cadenceDays, now);
  const save = (request: SaveRecordRequest, text: string) => void act(text, () => api.background.saveRecord(request));
  const showOlder = () => {
    setShown(shown + TIMELINE_STEP);
    if (shown + TIMELINE_STEP > view.timeline.length && view.timeline.length === limit)
      setLimit(limit + 4 * FIRST_READ);
  };

  return (
    <article class="account-page" aria-labelledby="account-title" data-testid="account-page">
      {back}
      <AccountHeader
        account={account}
        health={view.health}
        today={toLocalDate(now)}
        privacy={privacy}
        editing={editing}
        onEditing={setEditing}
        onSave={accountActions.save}
      />
      <div class="account-columns">
        <div>
          <AccountTimeline
            touchpoints={view.timeline}
            shown={shown}
            privacy={privacy}
            more={shown < view.timeline.length || view.timeline.length === limit}
            onMore={showOlder}
          />
        </div>
        <div>
          <AccountContacts contacts={bundle.contacts} />
          <AccountIssues open={view.openIssues} issues={bundle.issues} stamp={stamp} save={save} />
          <AccountOpportunities
            open={view.opportunities}
            opportunities={bundle.opportunities}
            privacy={privacy}
            save={save}
          />
          <AccountTasks open={view.tasks} tasks={bundle.tasks} stamp={stamp} save={save} />
          <AccountObjectives account={account} save={save} />
          <AccountNotes notes={account.notes} privacy={privacy} />
        </div>
      </div>
    </article>
  );
}
