import { buildAccountView, type AccountView } from '../shared/insights/account-view';
import { automaticEntries, neverLogged } from '../shared/insights/auto-log';
import { draftKey, touchpointFromPage } from '../shared/insights/page-log';
import type { Draft, PageContext, SaveRequest, Touchpoint } from '../shared/model';
import { declinedAutoLogItem, privateThreadsItem, threadKey } from '../settings/auto-log';
import { getSettings, type Settings } from '../settings/settings';
import { saveRecord, saveRecords, trashAutomaticEntries, type Touched } from './db/writes';
import type { BackgroundServices } from './services';
import { tabAccounts } from './tab-state';

/**
 * Automatic logging (opt-in): the client messages of the page the user has open, each logged once, and each
 * message the user sends to a client. It runs on what the content script reports of the page the user has
 * open, so it never writes for a page the user did not open and never reads mail in the background. A message
 * already logged (by hand, automatically, or now in the trash) or taken back by the user is left alone.
 */

/** A message just sent from a tab's compose and logged: until its thread shows it, or its send is undone. */
export interface SentNote {
  /** The draft's key (`draft:<id>`, else its thread), as the compose reported it. */
  draft: string;
  threadId?: string;
  subject?: string;
  at: string;
  entryIds: string[];
  /** The compose has left the page since (sent, or the page moved on). */
  gone?: boolean;
}

/** Gmail's "Undo" after Send gives the draft back within seconds (30 at most, by its setting). */
const UNDO_SEND_MS = 60_000;
/** The sent message shows in its thread dated to the minute, a moment after the click. */
const SENT_SHOWS_WITHIN_MS = 10 * 60_000;

/** Runs still going, so a caller (a test) can wait for them to end rather than for a while. */
const running = new Set<Promise<unknown>>();
export async function autoLogsSettled(): Promise<void> {
  while (running.size) await Promise.allSettled([...running]);
}

/** Runs one of automatic logging's steps off the answer's path; a refusal (a click logged it meanwhile) is fine. */
export function runAutoLog(step: Promise<unknown>): void {
  const run = step.catch(() => 0);
  running.add(run);
  void run.finally(() => running.delete(run));
}

/** On each report of the open page: log its client messages, or take back a send the user undid. */
export async function logPageAutomatically(
  s: BackgroundServices,
  tabId: number,
  context: PageContext | null,
  afterWrite: (touched: Touched[]) => void,
): Promise<number> {
  if (!context || context.view === 'compose') return sendFollowUp(s, tabId, context, afterWrite);
  if (context.view !== 'thread' && context.view !== 'reading-pane') return 0;
  await sendFollowUp(s, tabId, context, afterWrite);
  const settings = await enabledFor(context);
  if (!settings) return 0;
  const declined = await declinedAutoLogItem.getValue();
  const tab = await tabAccounts(s, tabId);
  // The page may have moved on while the records were read: log only what it still shows.
  if (JSON.stringify(tab.context) !== JSON.stringify(context)) return 0;
  const now = s.clock.now();
  const entries = viewsOf(tab, settings, now).flatMap((view) =>
    automaticEntries(context, view, now, settings.neverAutoLog),
  );
  const db = await s.db();
  const fresh = await unlogged(s, onePerMessage(entries), declined);
  // The user's own message, just sent from this tab and logged then, now shows in its thread: the entry
  // takes the message's own id (logged once), instead of a second entry.
  const sent = await s.sentMail.get(tabId);
  const shown = sent && fresh.find((entry) => isSentMessage(entry, sent));
  const touched: Touched[] = [];
  if (sent && shown) {
    const entry = await db.get('touchpoints', sent.entryIds[0]!);
    if (entry && !entry.deletedAt) {
      const moved = await saveRecord(db, 'touchpoints', { ...entry, source: shown.source }, s.clock);
      touched.push({ store: 'touchpoints', id: moved.record.id, after: moved.record });
      fresh.splice(fresh.indexOf(shown), 1);
    }
    await s.sentMail.set(tabId, undefined);
  }
  if (fresh.length) {
    const result = await saveRecords(
      db,
      fresh.map((record) => ({ store: 'touchpoints', record }) as SaveRequest),
      s.clock,
    );
    touched.push(...result.records.map(({ store, record }) => ({ store, id: record.id, after: record })));
  }
  if (touched.length) afterWrite(touched);
  return touched.length;
}

/**
 * The page's own Send was used in a compose: the message is logged as outbound, once, with the template it
 * was written from. Only a send logs: a draft discarded never does, and a send undone is taken back.
 */
export async function logSentMessage(
  s: BackgroundServices,
  tabId: number,
  context: PageContext,
  afterWrite: (touched: Touched[]) => void,
): Promise<number> {
  if (context.view !== 'compose') return 0;
  const settings = await enabledFor(context);
  if (!settings) return 0;
  await s.tabs.set(tabId, context);
  const tab = await tabAccounts(s, tabId);
  const now = s.clock.now();
  const draft = draftKey(context);
  const used = await s.draftTemplates.get(tabId);
  // A compose with no id of its own (Outlook's) is keyed by when it was sent.
  const keyed = { ...context, messageId: context.messageId ?? context.threadId ?? `sent:${now.toISOString()}` };
  const entries = viewsOf(tab, settings, now).flatMap((view): Array<Draft<Touchpoint>> => {
    if (!view.people.some((p) => !neverLogged(p.email, settings.neverAutoLog))) return [];
    const record = touchpointFromPage(keyed, view, now);
    return record
      ? [
          {
            ...record,
            occurredAt: now.toISOString(),
            automatic: true,
            ...(used?.draft === draft && { template: used.template }),
          },
        ]
      : [];
  });
  const fresh = await unlogged(s, onePerMessage(entries), []);
  if (!fresh.length) return 0;
  const db = await s.db();
  const result = await saveRecords(
    db,
    fresh.map((record) => ({ store: 'touchpoints', record }) as SaveRequest),
    s.clock,
  );
  afterWrite(result.records.map(({ store, record }) => ({ store, id: record.id, after: record })));
  await s.sentMail.set(tabId, {
    draft,
    ...(context.threadId && { threadId: context.threadId }),
    ...(context.subject && { subject: context.subject }),
    at: now.toISOString(),
    entryIds: result.records.map(({ record }) => record.id),
  });
  return fresh.length;
}

/**
 * What follows a send in its tab: the compose leaves the page (noted), and if the same draft comes back in a
 * compose right after, the user undid the send, so its entry goes. A report of the compose before it left (the
 * last recipient typed just before Send) is not a comeback.
 */
async function sendFollowUp(
  s: BackgroundServices,
  tabId: number,
  context: PageContext | null,
  afterWrite: (touched: Touched[]) => void,
): Promise<number> {
  const sent = await s.sentMail.get(tabId);
  if (!sent) return 0;
  const sameDraft = context?.view === 'compose' && !!context.messageId && context.messageId === sent.draft;
  if (!sameDraft) {
    if (!sent.gone) await s.sentMail.set(tabId, { ...sent, gone: true });
    return 0;
  }
  if (!sent.gone || s.clock.now().getTime() - Date.parse(sent.at) > UNDO_SEND_MS) return 0;
  await s.sentMail.set(tabId, undefined);
  const { touched } = await trashAutomaticEntries(await s.db(), sent.entryIds, s.clock);
  afterWrite(touched);
  return touched.length;
}

/** The settings, when automatic logging is on and the page's thread is not kept private. */
async function enabledFor(context: PageContext): Promise<Settings | null> {
  const settings = await getSettings();
  if (!settings.autoLog) return null;
  const privateThreads = await privateThreadsItem.getValue();
  return context.threadId && privateThreads.includes(threadKey(context.site, context.threadId)) ? null : settings;
}

function viewsOf(tab: Awaited<ReturnType<typeof tabAccounts>>, settings: Settings, now: Date): AccountView[] {
  return (tab.resolution?.accounts ?? []).flatMap((match) => {
    const bundle = tab.bundles.find((b) => b.account.id === match.account.id);
    return bundle ? [buildAccountView(match, bundle, settings.cadenceDays, now)] : [];
  });
}

const keyOf = (entry: Draft<Touchpoint>) => `${entry.source!.site}:${entry.source!.itemId}`;

/** A message is logged once, in the most central account on the page (a message belongs to one entry). */
function onePerMessage(entries: Array<Draft<Touchpoint>>): Array<Draft<Touchpoint>> {
  return [...new Map(entries.reverse().map((entry) => [keyOf(entry), entry])).values()].reverse();
}

/** The entries whose message has no entry yet (live or in the trash) and was not taken back by the user. */
async function unlogged(
  s: BackgroundServices,
  entries: Array<Draft<Touchpoint>>,
  declined: string[],
): Promise<Array<Draft<Touchpoint>>> {
  const index = (await s.db()).transaction('touchpoints').store.index('bySource');
  const fresh = [];
  for (const entry of entries)
    if (!declined.includes(keyOf(entry)) && !(await index.count(keyOf(entry)))) fresh.push(entry);
  return fresh;
}

/** The user's message in a thread, sent a moment after the note's send, in its thread (or, new, by subject). */
function isSentMessage(entry: Draft<Touchpoint>, sent: SentNote): boolean {
  if (entry.direction !== 'outbound') return false;
  const after = Date.parse(entry.occurredAt) - Date.parse(sent.at);
  const sameThread = sent.threadId
    ? entry.source?.threadId === sent.threadId
    : !!sent.subject && baseSubject(entry.source?.subject) === baseSubject(sent.subject);
  return sameThread && after > -2 * 60_000 && after < SENT_SHOWS_WITHIN_MS;
}

const baseSubject = (subject = '') =>
  subject
    .replace(/^\s*((re|fwd?|aw|wg|tr|rv)\s*:\s*)+/i, '')
    .trim()
    .toLowerCase();
