import { useState } from 'preact/hooks';
import { toLocalDate } from '../../utils/shared/dates';
import { daysAgoText, formatMoney, renewalText } from '../../utils/shared/format';
import type { BriefingAccount } from '../../utils/shared/insights/briefing';
import type { PersonOnPage } from '../../utils/shared/insights/account-view';
import type { Touchpoint } from '../../utils/shared/model';
import { HealthBadge } from '../HealthBadge';
import { LogMeetingForm, type MeetingOutcome } from './LogMeetingForm';

const ROLE_TEXT: Record<string, string> = { 'decision-maker': 'decision maker' };
const STORE_TEXT: Record<string, string> = {
  tasks: 'task',
  issues: 'issue',
  opportunities: 'opportunity',
  touchpoints: 'touchpoint',
  accounts: 'account',
};

export interface BriefingCardProps {
  account: BriefingAccount;
  logged?: Touchpoint;
  canLog: boolean;
  /** Set when the meeting has not started yet: why it cannot be logged now ("Starts today at 15:00: …"). */
  logAfter?: string;
  privacy: boolean;
  now: Date;
  onLog: (outcome: MeetingOutcome) => Promise<boolean>;
  onAddContact: (person: PersonOnPage) => void;
}

/** One client account in the meeting: who is coming, how the account is doing, what changed, what to say. */
export function BriefingCard({
  account,
  logged,
  canLog,
  logAfter,
  privacy,
  now,
  onLog,
  onAddContact,
}: BriefingCardProps) {
  const { view, since, tasksDue, talkingPoints } = account;
  const [logging, setLogging] = useState(false);
  const today = toLocalDate(now);
  const headingId = `briefing-${view.id}`;
  return (
    <article class="brief" aria-labelledby={headingId} data-testid="briefing-account">
      <header class="brief-head">
        <h2 id={headingId} data-testid="briefing-account-name">
          {view.name}
        </h2>
        <HealthBadge health={view.health} compact />
        {view.annualValue && <span class={privacy ? 'private' : ''}>{formatMoney(view.annualValue)}</span>}
        {view.renewalDate && (
          <span class={view.renewsInDays !== undefined && view.renewsInDays <= 60 ? 'soon' : 'muted'}>
            {renewalText(view.renewalDate, today)}
          </span>
        )}
      </header>
      {view.health.factors.length > 0 && (
        <p class="muted reasons-line">Health: {view.health.factors.map((f) => f.reason).join('; ')}</p>
      )}

      <section aria-label="Attendees">
        <h3>Attendees</h3>
        <ul class="attendees">
          {view.people.map((p, i) => (
            <li key={`${p.email ?? p.name}|${i}`} data-testid="attendee">
              <span class="name">{p.name}</span>{' '}
              {p.ambiguous ? (
                <span class="tag" data-testid="briefing-same-name">
                  same name as {p.ambiguous} contacts
                </span>
              ) : p.contactId ? (
                <span class="tag">{p.contactRole ? (ROLE_TEXT[p.contactRole] ?? p.contactRole) : 'contact'}</span>
              ) : (
                <span class="tag unknown-tag">not a contact</span>
              )}
              {p.title && <span class="muted"> · {p.title}</span>}
              {!p.contactId && p.email && (
                <button type="button" class="link" onClick={() => onAddContact(p)} data-testid="briefing-add-contact">
                  Add
                </button>
              )}
            </li>
          ))}
        </ul>
      </section>

      {talkingPoints.length > 0 && (
        <section aria-label="Talking points">
          <h3>Talking points</h3>
          <ol class="points" data-testid="talking-points">
            {talkingPoints.map((point) => (
              <li key={`${point.rule}-${point.source.id}`} data-rule={point.rule}>
                {point.text} <span class="cite muted">({STORE_TEXT[point.source.store] ?? point.source.store})</span>
              </li>
            ))}
          </ol>
        </section>
      )}

      <section aria-label="Since your last meeting">
        <h3>
          Since{' '}
          {since.lastMeeting
            ? `your last meeting (${daysAgoText(Math.round((now.getTime() - Date.parse(since.lastMeeting.occurredAt)) / 86_400_000))})`
            : 'the last 30 days (no meeting logged)'}
        </h3>
        <ul class="since" data-testid="since-last-meeting">
          {since.touchpoints.slice(0, 4).map((t) => (
            <li key={t.id}>
              {t.kind}: {t.summary || t.source?.subject || '(no summary)'}
            </li>
          ))}
          {since.issuesOpened.map((i) => (
            <li key={`o-${i.id}`}>issue opened: {i.title}</li>
          ))}
          {since.issuesResolved.map((i) => (
            <li key={`r-${i.id}`}>issue resolved: {i.title}</li>
          ))}
          {since.stageChanges.map((c) => (
            <li key={`s-${c.opportunity.id}-${c.at}`}>
              {c.opportunity.title}: {c.from} → {c.to}
            </li>
          ))}
          {since.touchpoints.length +
            since.issuesOpened.length +
            since.issuesResolved.length +
            since.stageChanges.length ===
            0 && <li class="muted">Nothing logged.</li>}
        </ul>
      </section>

      <details class="more">
        <summary>
          Open issues ({view.openIssues.length}), opportunities ({view.opportunities.length}), tasks due (
          {tasksDue.length})
        </summary>
        <ul>
          {view.openIssues.map((i) => (
            <li key={i.id}>
              <span class={`severity severity-${i.severity}`}>{i.severity}</span> {i.title}{' '}
              <span class="muted">· {i.ageDays} d</span>
            </li>
          ))}
          {view.opportunities.map((o) => (
            <li key={o.id}>
              {o.title} ({o.stage}){o.nextStep && <span class="muted"> · next: {o.nextStep}</span>}
            </li>
          ))}
          {tasksDue.map((t) => (
            <li key={t.id} class={t.overdue ? 'overdue-label' : ''}>
              {t.overdue ? 'Overdue: ' : 'Due: '}
              {t.title}
            </li>
          ))}
        </ul>
      </details>

      <div class="actions">
        {logged ? (
          <span class="logged" data-testid="meeting-logged">
            Logged ✓ {logged.summary && <span class="muted">— {logged.summary}</span>}
          </span>
        ) : logAfter ? (
          <>
            <button type="button" disabled aria-describedby={`${headingId}-log-after`} data-testid="log-after">
              Log after it ends
            </button>{' '}
            <span class="muted" id={`${headingId}-log-after`}>
              {logAfter}
            </span>
          </>
        ) : (
          canLog &&
          !logging && (
            <button type="button" class="primary" onClick={() => setLogging(true)} data-testid="log-meeting">
              Log this meeting
            </button>
          )
        )}
      </div>
      {logging && !logged && (
        <LogMeetingForm
          today={now}
          onSave={async (o) => (await onLog(o)) && (setLogging(false), true)}
          onCancel={() => setLogging(false)}
        />
      )}
    </article>
  );
}
