import { buildAccountView } from '../shared/insights/account-view';
import { automaticEntries } from '../shared/insights/auto-log';
import type { PageContext, SaveRequest } from '../shared/model';
import { declinedAutoLogItem, privateThreadsItem, threadKey } from '../settings/auto-log';
import { getSettings } from '../settings/settings';
import type { Clock, Touched } from './db/writes';
import { saveRecords } from './db/writes';
import type { BackgroundServices } from './services';
import { tabAccounts } from './tab-state';

/**
 * Automatic logging (opt-in): the client messages of the page the user has open, each logged once. It runs on
 * the content script's report of what the page shows, so it never writes for a page the user did not open and
 * never reads mail in the background. A message already logged (by hand, automatically, or now in the trash) or
 * taken back by the user is left alone.
 */
/** Runs still going, so a caller (a test) can wait for them to end rather than for a while. */
const running = new Set<Promise<unknown>>();
export async function autoLogsSettled(): Promise<void> {
  while (running.size) await Promise.allSettled([...running]);
}

/** Starts automatic logging for a page report, off the report's answer path. */
export function startAutoLog(...args: Parameters<typeof logPageAutomatically>): void {
  // A message logged meanwhile by a click is refused as a duplicate, which is fine.
  const run = logPageAutomatically(...args).catch(() => 0);
  running.add(run);
  void run.finally(() => running.delete(run));
}

export async function logPageAutomatically(
  s: BackgroundServices,
  tabId: number,
  context: PageContext | null,
  afterWrite: (touched: Touched[]) => void,
): Promise<number> {
  if (!context || (context.view !== 'thread' && context.view !== 'reading-pane')) return 0;
  const settings = await getSettings();
  if (!settings.autoLog) return 0;
  const [privateThreads, declined] = await Promise.all([privateThreadsItem.getValue(), declinedAutoLogItem.getValue()]);
  if (context.threadId && privateThreads.includes(threadKey(context.site, context.threadId))) return 0;
  const tab = await tabAccounts(s, tabId);
  // The page may have moved on while the records were read: log only what it still shows.
  if (JSON.stringify(tab.context) !== JSON.stringify(context)) return 0;
  const now = s.clock.now();
  const entries = (tab.resolution?.accounts ?? []).flatMap((match) => {
    const bundle = tab.bundles.find((b) => b.account.id === match.account.id);
    return bundle
      ? automaticEntries(
          context,
          buildAccountView(match, bundle, settings.cadenceDays, now),
          now,
          settings.neverAutoLog,
        )
      : [];
  });
  const db = await s.db();
  const index = db.transaction('touchpoints').store.index('bySource');
  const fresh = [];
  for (const entry of entries) {
    const key = `${entry.source!.site}:${entry.source!.itemId}`;
    if (declined.includes(key) || (await index.count(key))) continue;
    fresh.push(entry);
  }
  if (!fresh.length) return 0;
  const requests = fresh.map((record) => ({ store: 'touchpoints', record }) as SaveRequest);
  const result = await saveRecords(db, requests, s.clock as Clock);
  afterWrite(result.records.map(({ store, record }) => ({ store, id: record.id, after: record })));
  return fresh.length;
}
