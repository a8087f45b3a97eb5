import { useEffect } from 'preact/hooks';
import { atLocalHour } from '../../utils/shared/dates';
import { buildBriefing } from '../../utils/shared/insights/briefing';
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
  useEffect(() => {
    // A cross-origin frame cannot size itself: report the height the card needs.
    let lastHeight = -1;
    const observer = new ResizeObserver(() => {
      const height = Math.min(Math.ceil(document.body.scrollHeight), 4000);
      // A parked (hidden) card has no layout and measures 0: only a shown card sets the height.
      if (height === lastHeight || height === 0) return;
      lastHeight = height;
      api.background.setFrameHeight({ frame: 'briefing', height }).catch(() => undefined);
    });
    observer.observe(document.body);
    return () => observer.disconnect();
  }, []);
  useShownMark(current?.context && current.bundles.length ? current.bundles.map((b) => b.account.name) : []);
  if (error) return <LoadError message={error} onRetry={() => void retry()} />;
  if (!current?.context || !current.resolution) return null;
  const now = api.now();
  const briefing = buildBriefing(current.context, current.resolution, current.bundles, settings.cadenceDays, now);
  if (!briefing) return null;
  const ctx = current.context;
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
      </header>
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
