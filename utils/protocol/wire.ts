/**
 * The wire: what travels between the contexts, and nothing that runs in one of them. Requests go to the
 * background, which alone answers; pushes go from the background to a tab's content script and frames.
 * The requests themselves are defined once each in utils/background/requests/; their types reach the
 * callers through utils/protocol/api.ts.
 */
import type { LensErrorCode } from '../shared/errors';
import type { PageContext, Site, StoreName } from '../shared/model';
import type { FrameState, TabAccounts } from '../shared/tab-accounts';

export type { FrameState, TabAccounts, TabResolution } from '../shared/tab-accounts';

/**
 * Who sends requests, told apart by what the browser vouches for (sender id, URL, tab, frame), never by message
 * content. `offscreen` is Chrome's offscreen document, which writes the scheduled backup's file for the worker.
 */
export const CALLER_KINDS = ['content', 'sidebar', 'briefing', 'popup', 'options', 'offscreen'] as const;
export type CallerKind = (typeof CALLER_KINDS)[number];

/** A part of a view that a site adapter expected and did not find; no personal data. */
export interface DetectionMiss {
  view: string;
  /** e.g. `sender`, `recipients`, `event-id`. */
  part: string;
}

export interface DetectionMissCount extends DetectionMiss {
  site: Site;
  count: number;
  lastSeen: string;
}

export type StoreCounts = Record<StoreName, number>;

export interface SearchHit {
  kind: 'account' | 'contact';
  id: string;
  accountId: string;
  /** Account or contact name. */
  name: string;
  /** Account: its domain; contact: account name and address. */
  detail: string;
  /** 0 is a perfect hit, 1 no hit at all. */
  score: number;
}

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
  /**
   * To the content script, which answers with a `DraftInsertion`: the user chose "Insert" on a template in the
   * sidebar; the text (plain, filled in by the sidebar) goes into the draft they are writing.
   */
  insertIntoDraft: { subject: string; body: string };
}

/** What became of a template put into a draft: the body at the cursor, and the subject if it was empty. */
export interface DraftInsertion {
  /** `refused`: the editor did not keep the text; `no-draft`: no compose is open in the page. */
  body: 'inserted' | 'refused' | 'no-draft';
  /** `kept`: the draft had a subject already, left as it was; `none`: no subject to fill. */
  subject: 'inserted' | 'kept' | 'none';
}
export type PushType = keyof PushMap;

export const REQUEST_CHANNEL = 'account-lens/request';
export const PUSH_CHANNEL = 'account-lens/push';

export interface PushEnvelope<K extends PushType = PushType> {
  channel: typeof PUSH_CHANNEL;
  type: K;
  data: PushMap[K];
}

export type Reply<T> =
  | { ok: true; value: T }
  | { ok: false; error: { code: LensErrorCode; message: string; detail?: Record<string, string> } };

/**
 * Why a request failed: the background's own refusal or fault (`LensErrorCode`), or `stopped`, set by the
 * caller's side when the worker stopped before it answered (the browser stops an idle worker, and may stop one
 * mid-request). A stop is not a storage fault: a read is sent again, and a write may have been saved.
 */
export type RequestErrorCode = LensErrorCode | 'stopped';

export class RequestFailed extends Error {
  constructor(
    readonly code: RequestErrorCode,
    message: string,
    readonly detail?: Record<string, string>,
  ) {
    super(message);
    this.name = 'RequestFailed';
  }
}

/** What a user reads when a read found the worker restarting, even after it was sent again. */
export const STOPPED_MESSAGE = 'Account Lens was restarting; try again.';
/** What a user reads when a write was cut off: the stop may have come before or after it was saved. */
export const STOPPED_WRITE_MESSAGE =
  'Account Lens was restarting before it answered, so this may or may not have been saved: check, then try again if it was not.';

export function pushEnvelope<K extends PushType>(type: K, data: PushMap[K]): PushEnvelope<K> {
  return { channel: PUSH_CHANNEL, type, data };
}

export function isPush(message: unknown): message is PushEnvelope {
  return typeof message === 'object' && message !== null && (message as { channel?: unknown }).channel === PUSH_CHANNEL;
}

/** What a content script reports: the page it shows (null: nothing detected), and what its adapter could not find. */
export interface PageReport {
  context: PageContext | null;
  misses?: DetectionMiss[];
}
