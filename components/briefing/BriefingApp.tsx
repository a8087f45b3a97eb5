import { atLocalHour } from '../../utils/shared/dates';
import { buildBriefing, type Briefing } from '../../utils/shared/insights/briefing';
import {
  loggedEntry,
  meetingNotStarted,
  notStartedReason,
  touchpointFromPage,
} from '../../utils/shared/insights/page-log';
import { LoadError } from '../LoadError';
import type { SaveRecordRequest } from '../../utils/protocol/messaging';
import { useShownMark } from '../shown-mark';
import { Toast } from '../sidebar/Toast';
import { useFrameState } from '../use-frame-state';
import type { BriefingApi } from './api';
import { BriefingCard } from './BriefingCard';
import type { MeetingOutcome } from './LogMeetingForm';
import '../frame.css';
import './briefing.css';

/** The pre-meeting briefing card, inside the calendar event. */
export function BriefingApp({ api }: { api: BriefingApi }) {
  const { data: current, settings, error, retry, toast, act, closeToast } = useFrameState(api);
  useShownMark(current?.context && current.bundles.length ? current.bundles.map((b) => b.account.name) : []);
  if (error) return <LoadError message={error} onRetry={() => void retry()} />;
  if (!current?.context || !current.resolution || current.briefing === 'hidden') return null;
  const now = api.now();
  const ctx = current.context;
  // The card is on show in every event, client or not (its size tells the page nothing): say so when none is.
  const briefing = buildBriefing(ctx, current.resolution, current.bundles, settings.cadenceDays, now) ?? {
    title: ctx.subject ?? '',
    start: ctx.start,
    accounts: [],
    unknownDomains: [],
  };
  const setState = (state: 'expanded' | 'collapsed') => void api.background.setBriefingState({ state });
  if (current.briefing === 'collapsed')
    return (
      <div class="briefing collapsed" data-testid="briefing-collapsed">
        <button type="button" class="bar" onClick={() => setState('expanded')} aria-expanded="false">
          <span class="brand">Briefing</span>
          <span class="muted title">{briefingSummary(briefing)}</span>
          <span aria-hidden="true">▾</span>
        </button>
      </div>
    );
  // A meeting that has not started cannot be logged as held: the card says when it can be.
  const notStarted = meetingNotStarted(ctx, now);
  const save = (label: string, records: SaveRecordRequest[]) =>
    act(label, () => api.background.saveRecords({ records }));

  const logMeeting = (index: number) => async (outcome: MeetingOutcome) => {
    const view = briefing.accounts[index]!.view;
    const base = touchpointFromPage(ctx, view, now);
    if (!base) return false;
    const records: SaveRecordRequest[] = [
      {
        store: 'touchpoints',
        record: { ...base, summary: outcome.outcome.trim() || base.summary, sentiment: outcome.sentiment },
      },
      ...outcome.followUps.map((f): SaveRecordRequest => ({
        store: 'tasks',
        record: { accountId: view.id, title: f.title.trim(), dueAt: atLocalHour(f.due, 17) },
      })),
    ];
    return save(
      `Meeting logged in ${view.name}${outcome.followUps.length ? ` with ${outcome.followUps.length} follow-up${outcome.followUps.length === 1 ? '' : 's'}` : ''}`,
      records,
    );
  };

  return (
    <div class="briefing" data-testid="briefing">
      <header class="bar">
        <span class="brand">Briefing</span>
        <span class="muted title">{briefing.title}</span>
        <button
          type="button"
          onClick={() => void api.background.setSidebarState({ state: 'expanded' })}
          data-testid="open-sidebar"
        >
          Full view
        </button>
        <button
          type="button"
          class="icon"
          onClick={() => setState('collapsed')}
          aria-expanded="true"
          aria-label="Collapse the briefing"
          title="Collapse the briefing"
          data-testid="collapse-briefing"
        >
          ▴
        </button>
      </header>
      {briefing.accounts.length === 0 && briefing.unknownDomains.length === 0 && (
        <p class="muted empty" data-testid="briefing-no-client">
          No client among the guests.
        </p>
      )}
      {briefing.accounts.map((account, index) => (
        <BriefingCard
          key={account.view.id}
          account={account}
          logged={loggedEntry(ctx, account.view)}
          canLog={!!touchpointFromPage(ctx, account.view, now)}
          logAfter={notStarted && notStartedReason(notStarted, now)}
          privacy={settings.privacyMode}
          now={now}
          onLog={logMeeting(index)}
          onAddContact={(person) =>
            void save(`Added ${person.name} to ${account.view.name}`, [
              {
                store: 'contacts',
                record: {
                  accountId: account.view.id,
                  name: person.name || person.email!,
                  emails: [person.email!],
                  role: 'other',
                },
              },
            ])
          }
        />
      ))}
      {briefing.unknownDomains.map(({ domain, people }) => (
        <p class="unknown" key={domain}>
          <strong>{domain}</strong> <span class="muted">({people.length} attending) is not an account yet.</span>{' '}
          <button
            type="button"
            onClick={() =>
              void save(`Created ${domain}`, [
                {
                  store: 'accounts',
                  record: {
                    name: domain,
                    domains: [domain],
                    tier: 'standard',
                    status: 'prospect',
                    objectives: [],
                    tags: [],
                  },
                },
              ])
            }
          >
            Create account
          </button>
        </p>
      ))}
      <Toast
        toast={toast}
        onUndo={(undoId) => void act('Undone', async () => void (await api.background.undo({ undoId })))}
        onClose={closeToast}
      />
    </div>
  );
}

/** The collapsed card's one line: the accounts in the meeting and what needs attention, or that there is none. */
export function briefingSummary(briefing: Briefing): string {
  if (briefing.accounts.length === 0)
    return briefing.unknownDomains.length
      ? `${briefing.unknownDomains.map((d) => d.domain).join(', ')}: not an account yet`
      : 'No client among the guests';
  return briefing.accounts
    .map(({ view }) => {
      const issues = view.openIssues.length;
      return issues ? `${view.name} (${issues} open issue${issues === 1 ? '' : 's'})` : view.name;
    })
    .join(' · ');
}
