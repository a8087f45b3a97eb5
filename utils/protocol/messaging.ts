/**
 * The one wire contract. Requests go to the background, which alone answers;
 * pushes go from the background to a tab's content script and frames.
 * Only types and thin senders live here, so content scripts stay small; the
 * background validates every request (utils/background/request-schemas.ts).
 */
import { browser } from 'wxt/browser';
import type { FrameState, TabAccounts, TabResolution } from '../shared/tab-accounts';


import type { LensErrorCode } from '../shared/errors';
import type { Resolution } from '../shared/match/resolve';
import type { Account, AccountBundle, AnyRecord, Contact, PageContext, SaveRequest, StoreName } from '../shared/model';
import type { ContactFilter } from '../shared/insights/contact-filter';
import type { SearchHit } from '../background/search/index';
import type { DetectionMiss } from '../content/sites/types';
import type { Due } from '../shared/insights/due';
import type { Portfolio } from '../shared/insights/portfolio';

export interface DetectionMissCount extends DetectionMiss {
  site: PageContext['site'];
  count: number;
  lastSeen: string;
}

export type SaveRecordRequest = SaveRequest;

export type { TabResolution } from '../shared/tab-accounts';

export type StoreCounts = Record<StoreName, number>;

/** Every request: its data and its reply. */
export interface RequestMap {
  /** Any extension context: is the worker up, and which schema does it read. */
  ping: { data: null; reply: { schemaVersion: number } };
  /** Content script: the page now shows this (null: nothing detected), and which parts its adapter could not find. */
  reportPageContext: { data: { context: PageContext | null; misses?: DetectionMiss[] }; reply: { changed: boolean } };
  /** Content script (own tab) or extension page: the tab's last reported page context, no records. */
  getTabContext: { data: { tabId?: number }; reply: { context: PageContext | null } };
  /** Extension page: the tab's context resolved to accounts. */
  resolveTabContext: { data: { tabId?: number }; reply: TabResolution };
  /** Frames and popup: the tab's context resolved, with each matched account's records and the sidebar's state. */
  getTabAccounts: { data: { tabId?: number }; reply: TabAccounts };
  /** Sidebar: the user expanded or collapsed it (remembered per site). */
  setSidebarState: { data: { state: 'expanded' | 'collapsed' }; reply: null };
  /** Briefing frame: the height its content needs (a cross-origin frame cannot size itself). */
  setFrameHeight: { data: { frame: 'briefing'; height: number }; reply: null };
  /** "Not this account": stop matching this address to this account. */
  excludeMatch: { data: { email: string; accountId: string }; reply: null };
  warmSearch: { data: null; reply: { built: boolean } };
  search: { data: { query: string; limit?: number }; reply: SearchHit[] };
  listAccounts: { data: null; reply: Account[] };
  /** An account with its records; touchpoints newest first, at most `touchpointLimit` (200 unless asked). */
  getAccount: { data: { id: string; touchpointLimit?: number }; reply: AccountBundle | null };
  /** Options page: one page of the contacts list, filtered and sorted, with how many match in all. */
  listContacts: { data: { filter: ContactFilter; offset: number; limit: number }; reply: { contacts: Contact[]; total: number } };
  saveRecord: { data: SaveRecordRequest; reply: { record: AnyRecord; undoId: string; created: boolean } };
  /** Several records as one action (a meeting and its follow-ups): all saved or none, one undo. */
  saveRecords: { data: { records: SaveRecordRequest[] }; reply: { records: Array<{ store: StoreName; record: AnyRecord; created: boolean }>; undoId: string } };
  deleteRecord: { data: { store: StoreName; id: string }; reply: { undoId: string; deleted: number } };
  undo: { data: { undoId: string }; reply: { label: string; restored: number } };
  /** Options page: merge a duplicate account into the one kept (one action, one undo). */
  mergeAccounts: { data: { keepId: string; mergeId: string }; reply: { undoId: string; moved: number } };
  /** Options page: merge a duplicate contact into the one kept (one action, one undo). */
  mergeContacts: { data: { keepId: string; mergeId: string }; reply: { undoId: string; moved: number } };
  /** Options page only: put the demo portfolio in place (replacing all data when `replace`). */
  loadDemoData: { data: { replace: boolean }; reply: StoreCounts };
  /** Options page: one page of a store's records (trash included), in id order, for a backup. */
  exportRecords: { data: { store: StoreName; after?: string; limit: number }; reply: { records: AnyRecord[]; next?: string } };
  /** Options page: a chunk of an import, into staging (live data untouched). */
  stageImport: { data: { importId: string; seq: number; store: StoreName; records: AnyRecord[] }; reply: null };
  /** Options page: every staged chunk into the live stores, in one transaction (`replace`: a restore). */
  commitImport: { data: { importId: string; replace: boolean }; reply: StoreCounts };
  discardImport: { data: { importId: string }; reply: null };
  getStats: { data: null; reply: StoreCounts };
  /** Options page: deleted accounts, and contacts deleted on their own, newest first. */
  listTrash: { data: null; reply: Array<{ store: 'accounts' | 'contacts'; record: AnyRecord }> };
  restoreFromTrash: { data: { store: 'accounts' | 'contacts'; id: string }; reply: { restored: number } };
  /** Options page: erase a record (and an account's records) for good, with every copy kept for undo. */
  erasePermanently: { data: { store: 'accounts' | 'contacts'; id: string }; reply: { erased: number } };
  /** Options page: the portfolio at a glance. */
  getPortfolio: { data: null; reply: Portfolio };
  /** Popup: tasks and promises due today or overdue, renewals in the next 30 days. */
  getDue: { data: null; reply: Due };
  /** Options page: how often each part of each view could not be found, with no personal data. */
  getDetectionReport: { data: null; reply: DetectionMissCount[] };
}
export type RequestType = keyof RequestMap;

/** Every push from the background to a tab. */
export interface PushMap {
  /**
   * To the sidebar and briefing frames only, each addressed by its own frame id (never to the whole tab, so
   * the content script never receives records): the tab's accounts after its page or the records changed.
   */
  tabAccounts: TabAccounts;
  /** To the content script: how to size and place a frame. */
  frameLayout: { frame: 'sidebar' | 'briefing'; state: FrameState; width: number; height: number };
  /** To the content script: the user pressed the sidebar shortcut. */
  toggleSidebar: null;
}
export type PushType = keyof PushMap;

export const REQUEST_CHANNEL = 'account-lens/request';
export const PUSH_CHANNEL = 'account-lens/push';

export interface RequestEnvelope<K extends RequestType = RequestType> {
  channel: typeof REQUEST_CHANNEL;
  type: K;
  data: RequestMap[K]['data'];
}
export interface PushEnvelope<K extends PushType = PushType> {
  channel: typeof PUSH_CHANNEL;
  type: K;
  data: PushMap[K];
}

export type Reply<T> = { ok: true; value: T } | { ok: false; error: { code: LensErrorCode; message: string; detail?: Record<string, string> } };

export class RequestFailed extends Error {
  constructor(
    readonly code: LensErrorCode,
    message: string,
    readonly detail?: Record<string, string>,
  ) {
    super(message);
    this.name = 'RequestFailed';
  }
}

export const STOPPED_MESSAGE = 'Account Lens stopped before it answered (the browser may have restarted it). Try again.';

/** Sends a request to the background; resolves with its reply or rejects with `RequestFailed`. */
export async function request<K extends RequestType>(type: K, data: RequestMap[K]['data']): Promise<RequestMap[K]['reply']> {
  const envelope: RequestEnvelope<K> = { channel: REQUEST_CHANNEL, type, data };
  let reply: Reply<RequestMap[K]['reply']> | undefined;
  try {
    reply = (await browser.runtime.sendMessage(envelope)) as typeof reply;
  } catch {
    // The browser stopped the background mid-request (or the extension was updated): the channel closed unanswered.
    throw new RequestFailed('storage', STOPPED_MESSAGE);
  }
  // No reply at all: no background answered, which is what a stopped or restarting one looks like too.
  if (!reply) throw new RequestFailed('storage', STOPPED_MESSAGE);
  if (!reply.ok) throw new RequestFailed(reply.error.code, reply.error.message, reply.error.detail);
  return reply.value;
}

export function isPush(message: unknown): message is PushEnvelope {
  return typeof message === 'object' && message !== null && (message as { channel?: unknown }).channel === PUSH_CHANNEL;
}
