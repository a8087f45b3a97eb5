import * as v from 'valibot';
import type { Runtime } from 'webextension-polyfill';
import { commitStaged, discardStaged, stageChunk, writeRecordSet } from './db/bulk';
import { SCHEMA_VERSION } from './db/migrations';
import { exportPage } from './db/export-page';
import { loadDirectoryIndex } from './db/lookup';
import { countLive, getAccountBundle, listLive } from './db/reads';
import type { LensDB } from './db/schema';
import { mergeAccounts, mergeContacts, saveRecord, saveRecords, softDelete, undo, type Clock, type Touched } from './db/writes';
import { buildDemoPortfolio } from '../shared/demo/portfolio';
import { filterContacts } from '../shared/insights/contact-filter';
import { dueNow } from '../shared/insights/due';
import { buildPortfolio, portfolioSince } from '../shared/insights/portfolio';
import { recentTouchpoints } from './db/portfolio-reads';
import { erasePermanently, listTrash, restoreFromTrash } from './db/trash';
import { isQuotaError, LensError, QUOTA_MESSAGE } from '../shared/errors';
import { normalizeEmail } from '../shared/match/normalize';
import type { Site, Tier } from '../shared/model';
import { REQUEST_CHANNEL, type Reply, type RequestMap, type RequestType } from '../protocol/messaging';
import type { SearchIndex } from './search/index';
import { identifyCaller, mayRequest, type Caller, type ExtensionIdentity } from './caller';
import { isRequestType, REQUEST_SCHEMAS } from './request-schemas';
import type { DetectionMissLog } from './detection-misses';
import { resolveTab, tabAccounts, type TabStateDeps } from './tab-state';

export interface BackgroundServices extends TabStateDeps {
  identity: ExtensionIdentity;
  search: SearchIndex;
  /** Remembers the signed-in address a page showed. */
  learnSelf: (email: string) => Promise<void>;
  clock: Clock;
  /** The active tab, for a popup or options page that names no tab. */
  activeTabId: () => Promise<number | undefined>;
  /** Re-sizes the tab's frames and, if `dataChanged`, sends them their new data (`undefined`: every tab). */
  refreshTabs: (tabId?: number, dataChanged?: boolean) => void | Promise<void>;
  addExclusion: (email: string, accountId: string) => Promise<void>;
  misses: DetectionMissLog;
  /** Recounts the badge and sets the reminder alarm again. */
  remind: () => Promise<void>;
  /** Default contact cadence per tier, from settings. */
  cadenceDays: () => Promise<Record<Tier, number>>;
}

type Operations = { [K in RequestType]: (data: RequestMap[K]['data'], caller: Caller) => Promise<RequestMap[K]['reply']> };

/**
 * The whole background API as one function: an untrusted message and the
 * browser's word on who sent it in, a plain-data reply out. Nothing runs
 * until the sender, its right to this request, and the data's shape pass.
 */
export function createHandler(services: BackgroundServices) {
  const ops = operations(services);
  return async function handle(message: unknown, sender: Runtime.MessageSender): Promise<Reply<unknown>> {
    try {
      const { type, data } = readEnvelope(message);
      const caller = identifyCaller(sender, services.identity);
      if (!caller) throw new LensError('forbidden', 'Messages are accepted only from Account Lens itself.');
      if (!mayRequest(caller, type)) throw new LensError('forbidden', `This part of Account Lens may not ask for "${type}".`);
      const parsed = v.safeParse(REQUEST_SCHEMAS[type], data);
      if (!parsed.success) throw new LensError('invalid', describeIssues(type, parsed.issues));
      const value = await (ops[type] as (d: unknown, c: Caller) => Promise<unknown>)(parsed.output, caller);
      return { ok: true, value };
    } catch (error) {
      return { ok: false, error: toReplyError(error) };
    }
  };
}

function operations(s: BackgroundServices): Operations {
  // A tab's reports are applied in the order they came: an earlier one that waits on storage must not land last.
  const inTabOrder = keyedQueue<number>();
  const tabOf = async (caller: Caller, asked?: number) =>
    // Content scripts and frames only ever see their own tab.
    caller.kind === 'popup' || caller.kind === 'options' ? (asked ?? (await s.activeTabId())) : caller.tabId;
  /** Many records changed at once (import, restore, demo): rebuild rather than patch. */
  const dataReplaced = () => {
    s.search.reset();
    s.memo.invalidate();
    void s.refreshTabs();
    void s.remind();
  };
  /** Records changed: search, shared resolutions and every tab's frames must catch up. */
  const afterWrite = (touched: Touched[]) => {
    for (const t of touched) s.search.applyChange(t.store, t.id, t.after);
    s.memo.invalidate(touched.map((t) => t.store));
    void s.refreshTabs();
    void s.remind();
  };

  return {
    ping: async () => ({ schemaVersion: SCHEMA_VERSION }),
    reportPageContext: ({ context, misses }, caller) =>
      inTabOrder(caller.tabId!, async () => {
        if (context?.selfEmail) await s.learnSelf(context.selfEmail);
        if (misses?.length) await s.misses.record(context?.site ?? siteOfHost(caller), misses);
        const changed = await s.tabs.set(caller.tabId!, context);
        // The layout is pushed even when unchanged: a reloaded page needs its sidebar back.
        void s.refreshTabs(caller.tabId, changed);
        return { changed };
      }),
    getTabContext: async ({ tabId }, caller) => {
      const tab = await tabOf(caller, tabId);
      return { context: tab === undefined ? null : await s.tabs.get(tab) };
    },
    resolveTabContext: async ({ tabId }, caller) => resolveTab(s, await tabOf(caller, tabId)),
    getTabAccounts: async ({ tabId }, caller) => {
      if ((caller.kind === 'sidebar' || caller.kind === 'briefing') && caller.frameId !== undefined) {
        // Remember the frame, so the next change is pushed to it directly.
        const frames = s.frames.get(caller.tabId!) ?? new Set<number>();
        s.frames.set(caller.tabId!, frames.add(caller.frameId));
      }
      return tabAccounts(s, await tabOf(caller, tabId));
    },
    setSidebarState: async ({ state }, caller) => {
      const context = await s.tabs.get(caller.tabId!);
      if (!context) throw new LensError('not-found', 'This tab shows no mail or calendar view.');
      await s.sidebarChoices.set(context.site, state);
      await s.refreshTabs(caller.tabId, true);
      return null;
    },
    setFrameHeight: async ({ height }, caller) => {
      if (s.frameHeights.get(caller.tabId!) !== height) {
        s.frameHeights.set(caller.tabId!, height);
        await s.refreshTabs(caller.tabId, false);
      }
      return null;
    },
    excludeMatch: async ({ email, accountId }) => {
      const normalized = normalizeEmail(email);
      if (!normalized) throw new LensError('invalid', `"${email}" is not an email address.`);
      await s.addExclusion(normalized, accountId);
      s.memo.invalidate();
      await s.refreshTabs();
      return null;
    },
    warmSearch: async () => {
      const built = s.search.isBuilt;
      // Start the build and answer at once: the popup warms the index while the user types.
      if (!built) s.search.warm().catch(() => undefined);
      return { built };
    },
    search: async ({ query, limit }) => s.search.search(query, limit),
    listAccounts: async () => (await listLive(await s.db(), 'accounts')).sort((a, b) => a.name.localeCompare(b.name)),
    getAccount: async ({ id, touchpointLimit }) => getAccountBundle(await s.db(), id, touchpointLimit),
    listContacts: async ({ filter, offset, limit }) => {
      const db = await s.db();
      const directory = await s.memo.prepareDirectory(() => loadDirectoryIndex(db));
      const accountNames = new Map([...directory.byId].map(([id, account]) => [id, account.name]));
      const matching = filterContacts([...directory.contacts], accountNames, filter);
      return { contacts: matching.slice(offset, offset + limit), total: matching.length };
    },
    saveRecord: async ({ store, record }) => {
      const result = await saveRecord(await s.db(), store, record, s.clock);
      afterWrite([{ store, id: result.record.id, after: result.record }]);
      return result;
    },
    saveRecords: async ({ records }) => {
      const result = await saveRecords(await s.db(), records, s.clock);
      afterWrite(result.records.map(({ store, record }) => ({ store, id: record.id, after: record })));
      return result;
    },
    deleteRecord: async ({ store, id }) => {
      const { touched, ...result } = await softDelete(await s.db(), store, id, s.clock);
      afterWrite(touched);
      return result;
    },
    mergeAccounts: async ({ keepId, mergeId }) => {
      const { touched, ...result } = await mergeAccounts(await s.db(), keepId, mergeId, s.clock);
      afterWrite(touched);
      return result;
    },
    mergeContacts: async ({ keepId, mergeId }) => {
      const { touched, ...result } = await mergeContacts(await s.db(), keepId, mergeId, s.clock);
      afterWrite(touched);
      return result;
    },
    undo: async ({ undoId }) => {
      const { touched, ...result } = await undo(await s.db(), undoId);
      afterWrite(touched);
      return result;
    },
    exportRecords: async ({ store, after, limit }) => exportPage(await s.db(), store, after, limit),
    stageImport: async ({ importId, seq, store, records }) => (await stageChunk(await s.db(), importId, seq, store, records, s.clock.now()), null),
    commitImport: async ({ importId, replace }) => {
      const counts = await commitStaged(await s.db(), importId, { replace });
      dataReplaced();
      return counts;
    },
    discardImport: async ({ importId }) => (await discardStaged(await s.db(), importId), null),
    loadDemoData: async ({ replace }) => {
      const db = await s.db();
      await writeRecordSet(db, buildDemoPortfolio(s.clock.now()), { replace });
      dataReplaced();
      return countLive(db);
    },
    getStats: async () => countLive(await s.db()),
    getDetectionReport: async () => s.misses.report(),
    listTrash: async () => listTrash(await s.db()),
    restoreFromTrash: async ({ store, id }) => {
      const restored = await restoreFromTrash(await s.db(), store, id, s.clock.now());
      dataReplaced();
      return { restored };
    },
    erasePermanently: async ({ store, id }) => {
      const erased = await erasePermanently(await s.db(), store, id);
      dataReplaced();
      return { erased };
    },
    getPortfolio: async () => {
      const db = await s.db();
      const now = s.clock.now();
      const [accounts, issues, tasks, opportunities, cadenceDays] = await Promise.all([listLive(db, 'accounts'), listLive(db, 'issues'), listLive(db, 'tasks'), listLive(db, 'opportunities'), s.cadenceDays()]);
      const touchpoints = await recentTouchpoints(db, portfolioSince(now), accounts.map((a) => a.id));
      return buildPortfolio({ accounts, touchpoints, issues, tasks, opportunities, cadenceDays, now });
    },
    getDue: async () => {
      const db = await s.db();
      const [tasks, accounts, opportunities] = await Promise.all([listLive(db, 'tasks'), listLive(db, 'accounts'), listLive(db, 'opportunities')]);
      return dueNow(tasks, accounts, opportunities, s.clock.now());
    },
  };
}

/** Runs tasks with the same key one after another, in call order; different keys run freely. */
function keyedQueue<K>() {
  const tails = new Map<K, Promise<unknown>>();
  return <T>(key: K, task: () => Promise<T>): Promise<T> => {
    const run = (tails.get(key) ?? Promise.resolve()).then(task, task);
    const tail = run.catch(() => undefined);
    tails.set(key, tail);
    void tail.then(() => tails.get(key) === tail && tails.delete(key));
    return run;
  };
}

/** The site of a content script's page, when its report carried no context. */
function siteOfHost(caller: Caller): Site {
  const host = caller.url ? new URL(caller.url).hostname : '';
  return host === 'mail.google.com' ? 'gmail' : host === 'calendar.google.com' ? 'google-calendar' : 'outlook';
}

function readEnvelope(message: unknown): { type: RequestType; data: unknown } {
  if (typeof message !== 'object' || message === null) throw new LensError('invalid', 'A message must be an object.');
  // Own properties only: nothing is taken from a prototype.
  const [channel, type, data] = (['channel', 'type', 'data'] as const).map((key) => (Object.hasOwn(message, key) ? (message as Record<string, unknown>)[key] : undefined));
  if (channel !== REQUEST_CHANNEL) throw new LensError('invalid', 'Not an Account Lens request.');
  // The type is untrusted: only a string is quoted back (an object may not even convert to one).
  if (!isRequestType(type)) throw new LensError('invalid', typeof type === 'string' ? `Unknown request ${JSON.stringify(type).slice(0, 80)}.` : 'A request must name its type.');
  return { type, data };
}

function describeIssues(type: RequestType, issues: v.BaseIssue<unknown>[]): string {
  const first = issues[0]!;
  const path = first.path?.map((p) => String(p.key)).join('.') ?? '';
  return `Invalid "${type}" request${path ? ` at ${path}` : ''}: ${first.message}`;
}

function toReplyError(error: unknown): Extract<Reply<never>, { ok: false }>['error'] {
  if (error instanceof LensError) return { code: error.code, message: error.message, ...(error.detail ? { detail: error.detail } : {}) };
  if (isQuotaError(error)) return { code: 'quota', message: QUOTA_MESSAGE };
  const message = error instanceof Error ? error.message : String(error);
  return { code: 'storage', message: `Account Lens could not complete this: ${message}` };
}
