import { buildAccountView, type AccountView } from '../shared/insights/account-view';
import { automaticEntries, neverLogged } from '../shared/insights/auto-log';
import { draftKey, touchpointFromPage } from '../shared/insights/page-log';
import type { Draft, PageContext, SaveRequest, Touchpoint } from '../shared/model';
import { declinedAutoLogItem, privateThreadsItem, threadKey } from '../settings/auto-log';
import { getSettings, type Settings } from '../settings/settings';
import { removeAutomaticEntries, saveRecord, saveRecords, type Touched } from './db/writes';
import type { BackgroundServices } from './services';
import { tabAccounts } from './tab-state';

/**
 * Automatic logging (opt-in): the client messages of the page the user has open, each logged once, and each
 * message the user sends to a client. It runs on what the content script reports of the page the user has
 * open, so it never writes for a page the user did not open and never reads mail in the background. A message
 * already logged (by hand, automatically, or now in the trash) or taken back by the user is left alone.
 */

/**
 * A message the user just sent from a tab's compose. It is logged once the compose leaves the page (the page
 * took it); until then nothing is written, so a send the page did not go through with logs nothing. Once
 * logged, the same draft back in a compose soon after means the send was undone: the entry goes.
 */
export interface SentNote {
  /** The draft's key (`draft:<id>`, else its thread); empty for a compose with no id of its own (Outlook's). */
  draft: string;
  /** When Send was used. */
  at: string;
  /** What to log once the compose has left; absent once logged. */
  pending?: Array<Draft<Touchpoint>>;
  /** The entries logged, while the send could still be undone. */
  entryIds?: string[];
}

/** The compose leaves the page a moment after Send; one still there longer was not sent (a prompt, cancelled). */
const LEFT_WITHIN_MS = 10_000;
/** Gmail's "Undo" after Send gives the draft back within seconds (30 at most, by its setting). */
const UNDO_SEND_MS = 60_000;
/** The sent message shows in its thread dated to the minute, a moment after the click. */
const SENT_SHOWS_WITHIN_MS = 10 * 60_000;
/** Sends a tab keeps track of at once. */
const SENT_NOTES_MAX = 5;

/** Runs still going, so a caller (a test) can wait for them to end rather than for a while. */
const running = new Set<Promise<unknown>>();
/** Each tab's runs, one after another: two reports close together must not log the same message twice. */
const tabChains = new Map<number, Promise<unknown>>();

export async function autoLogsSettled(): Promise<void> {
  while (running.size) await Promise.allSettled([...running]);
}

/** Runs one of automatic logging's steps for a tab, after the tab's earlier ones, off the answer's path. */
export function runAutoLog(tabId: number, step: () => Promise<unknown>): void {
  const run = (tabChains.get(tabId) ?? Promise.resolve()).then(step).catch(() => 0);
  tabChains.set(tabId, run);
  running.add(run);
  void run.finally(() => {
    running.delete(run);
    if (tabChains.get(tabId) === run) tabChains.delete(tabId);
  });
}

/** On each report of the open page: follow up the tab's sends, then log the client messages it shows. */
export async function logPageAutomatically(
  s: BackgroundServices,
  tabId: number,
  context: PageContext | null,
  afterWrite: (touched: Touched[]) => void,
): Promise<number> {
  const followed = await followUpSends(s, tabId, context, afterWrite);
  // A compose closed without Send: the template put into it is forgotten (a compose with no id of its own
  // would otherwise pass it to the next one).
  if (context?.view !== 'compose' && (await s.draftTemplates.get(tabId))) await s.draftTemplates.set(tabId, undefined);
  if (!context || (context.view !== 'thread' && context.view !== 'reading-pane')) return followed;
  const settings = await enabledFor(context);
  if (!settings) return followed;
  const declined = await declinedAutoLogItem.getValue();
  const tab = await tabAccounts(s, tabId);
  // The page may have moved on while the records were read: log only what it still shows.
  if (JSON.stringify(tab.context) !== JSON.stringify(context)) return followed;
  const now = s.clock.now();
  const entries = viewsOf(tab, settings, now).flatMap((view) =>
    automaticEntries(context, view, now, settings.neverAutoLog),
  );
  const db = await s.db();
  const fresh = await unlogged(s, onePerMessage(entries), declined);
  const touched: Touched[] = [];
  // The user's own message, logged when it was sent, now shows in its thread: that entry takes the message's
  // id (logged once); one the user has since deleted stays deleted.
  for (const entry of fresh.filter((e) => e.direction === 'outbound')) {
    const sent = await sentEntryFor(s, entry);
    if (!sent) continue;
    fresh.splice(fresh.indexOf(entry), 1);
    if (sent.deletedAt) continue;
    const moved = await saveRecord(db, 'touchpoints', { ...sent, source: entry.source }, s.clock);
    touched.push({ store: 'touchpoints', id: moved.record.id, after: moved.record });
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
  return followed + touched.length;
}

/**
 * The page's own Send was used in a compose: what to log is read now, from the compose, with the template
 * inserted into it, and written once the compose has left the page (see `SentNote`).
 */
export async function noteSentMessage(s: BackgroundServices, tabId: number, context: PageContext): Promise<number> {
  if (context.view !== 'compose') return 0;
  const settings = await enabledFor(context);
  if (!settings) return 0;
  await s.tabs.set(tabId, context);
  const tab = await tabAccounts(s, tabId);
  const now = s.clock.now();
  const draft = context.messageId ?? context.threadId ?? '';
  const notes = (await s.sentMail.get(tabId)) ?? [];
  // A second Send of the same draft before it left (a double click, the key and the click, a send the page
  // held back) is the same send. A compose with no id counts as the same as the tab's other one.
  if (notes.some((note) => note.draft === draft && note.pending)) return 0;
  const used = await s.draftTemplates.get(tabId);
  const template = used?.draft === draftKey(context) ? used.template : undefined;
  // A compose with no id of its own (Outlook's) is keyed by when it was sent.
  const keyed = { ...context, messageId: draft || `sent:${now.toISOString()}` };
  const entries = viewsOf(tab, settings, now).flatMap((view): Array<Draft<Touchpoint>> => {
    if (!view.people.some((p) => !neverLogged(p.email, settings.neverAutoLog))) return [];
    const record = touchpointFromPage(keyed, view, now);
    return record ? [{ ...record, occurredAt: now.toISOString(), automatic: true, ...(template && { template }) }] : [];
  });
  const pending = await unlogged(s, onePerMessage(entries), []);
  if (template) await s.draftTemplates.set(tabId, undefined);
  if (!pending.length) return 0;
  const others = notes.filter((note) => !draft || note.draft !== draft);
  await s.sentMail.set(tabId, [...others, { draft, at: now.toISOString(), pending }].slice(-SENT_NOTES_MAX));
  return pending.length;
}

/**
 * A tab's sends, after each report: a compose that has left the page is logged; a logged one whose draft is
 * back in a compose was undone, and its entries go; notes too old to matter are dropped.
 */
async function followUpSends(
  s: BackgroundServices,
  tabId: number,
  context: PageContext | null,
  afterWrite: (touched: Touched[]) => void,
): Promise<number> {
  const notes = await s.sentMail.get(tabId);
  if (!notes?.length) return 0;
  const now = s.clock.now().getTime();
  const shown = (note: SentNote) =>
    context?.view === 'compose' && (!note.draft || context.messageId === note.draft || context.threadId === note.draft);
  const kept: SentNote[] = [];
  const touched: Touched[] = [];
  for (const note of notes) {
    const age = now - Date.parse(note.at);
    if (note.pending) {
      if (age > LEFT_WITHIN_MS) continue;
      if (shown(note)) {
        kept.push(note);
        continue;
      }
      const fresh = await unlogged(s, note.pending, []);
      if (!fresh.length) continue;
      const result = await saveRecords(
        await s.db(),
        fresh.map((record) => ({ store: 'touchpoints', record }) as SaveRequest),
        s.clock,
      );
      touched.push(...result.records.map(({ store, record }) => ({ store, id: record.id, after: record })));
      kept.push({ draft: note.draft, at: note.at, entryIds: result.records.map(({ record }) => record.id) });
    } else if (age <= UNDO_SEND_MS && note.draft && shown(note)) {
      touched.push(...(await removeAutomaticEntries(await s.db(), note.entryIds ?? [])));
    } else if (age <= UNDO_SEND_MS) kept.push(note);
  }
  if (JSON.stringify(kept) !== JSON.stringify(notes)) await s.sentMail.set(tabId, kept.length ? kept : undefined);
  if (touched.length) afterWrite(touched);
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

/**
 * The entry logged when this message of the user's was sent (keyed by its draft, as the compose knew it), if
 * any: an automatic outbound entry of the account, a moment before the message's date, in its thread (or, a
 * new message, under the same subject). In the trash too: one the user deleted is not logged again.
 */
async function sentEntryFor(s: BackgroundServices, entry: Draft<Touchpoint>): Promise<Touchpoint | undefined> {
  const at = Date.parse(entry.occurredAt);
  const range = IDBKeyRange.bound(
    [entry.accountId, new Date(at - SENT_SHOWS_WITHIN_MS).toISOString()],
    [entry.accountId, new Date(at + 2 * 60_000).toISOString()],
  );
  const near = await (await s.db()).getAllFromIndex('touchpoints', 'byAccountTime', range);
  return near.find(
    (t) =>
      t.automatic &&
      t.direction === 'outbound' &&
      /^(draft|sent):/.test(t.source?.itemId ?? '') &&
      (t.source?.threadId && entry.source?.threadId
        ? t.source.threadId === entry.source.threadId
        : baseSubject(t.source?.subject) === baseSubject(entry.source?.subject)),
  );
}

const baseSubject = (subject = '') =>
  subject
    .replace(/^\s*((re|fwd?|aw|wg|tr|rv)\s*:\s*)+/i, '')
    .trim()
    .toLowerCase();
