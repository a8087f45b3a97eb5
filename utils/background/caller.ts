import type { Runtime } from 'webextension-polyfill';
import type { CallerKind } from '../protocol/wire';
import { requests } from './requests';

export type { CallerKind } from '../protocol/wire';

export interface Caller {
  kind: CallerKind;
  /** The tab the caller lives in: a content script's page, or a frame's host page. */
  tabId?: number;
  /** The caller's URL, as the browser reports it. */
  url: string;
  /** The frame inside its tab (0 is the top page). */
  frameId?: number;
}

export interface ExtensionIdentity {
  id: string;
  /** e.g. `chrome-extension://abc/`, from `runtime.getURL('/')`. */
  baseUrl: string;
  /** Hosts the content scripts run on. */
  contentHosts: readonly string[];
}

const PAGES: Record<string, CallerKind> = {
  '/popup.html': 'popup',
  '/options.html': 'options',
  '/sidebar.html': 'sidebar',
  '/briefing.html': 'briefing',
  '/offscreen.html': 'offscreen',
};

export function identifyCaller(sender: Runtime.MessageSender, self: ExtensionIdentity): Caller | null {
  if (sender.id !== self.id || !sender.url) return null;
  const tabId = sender.tab?.id;
  // Frames shown in pages load through a per-session dynamic id (use_dynamic_url), so the host differs
  // from the extension id; the browser-set sender id and the extension scheme are what prove it is ours.
  if (sender.url.startsWith(self.baseUrl) || new URL(sender.url).protocol === new URL(self.baseUrl).protocol) {
    const path = new URL(sender.url).pathname;
    const kind = PAGES[path];
    if (!kind) return null;
    // Frames only exist inside a mail or calendar tab.
    if ((kind === 'sidebar' || kind === 'briefing') && tabId === undefined) return null;
    // The offscreen document is never in a tab; the same page opened in one is not it.
    if (kind === 'offscreen' && tabId !== undefined) return null;
    return { kind, tabId, url: sender.url, frameId: sender.frameId };
  }
  let url: URL;
  try {
    url = new URL(sender.url);
  } catch {
    return null;
  }
  const isContentPage = url.protocol === 'https:' && self.contentHosts.includes(url.hostname);
  // Content scripts run in the top frame only.
  if (isContentPage && tabId !== undefined && sender.frameId === 0) return { kind: 'content', tabId, url: sender.url };
  return null;
}

/** Whether the request's definition lists this kind of caller. Content scripts never read or write records. */
export function mayRequest(caller: Caller, type: keyof typeof requests): boolean {
  return (requests[type].callers as readonly CallerKind[]).includes(caller.kind);
}
