import { browser } from 'wxt/browser';
import { isPush, type PushMap } from '../protocol/wire';

export type Layout = PushMap['frameLayout'];

/** A frame's title for screen readers, in the browser's language (the browser's own catalogue); English where it has none. */
export function frameTitle(key: 'frameSidebar' | 'frameBriefing' | 'frameBriefingIdle', english: string): string {
  // The messages are written into _locales at build, so WXT's typing of the known keys does not list them.
  try {
    return (browser.i18n.getMessage as (key: string) => string)(key) || english;
  } catch {
    return english;
  }
}

/**
 * An extension page in an iframe. The host page cannot read inside it; its
 * URL names the page only (never a tab id, address or record).
 */
export function createExtensionFrame(
  doc: Document,
  page: '/sidebar.html' | '/briefing.html',
  title: string,
): HTMLIFrameElement {
  const frame = doc.createElement('iframe');
  frame.src = browser.runtime.getURL(page);
  frame.title = title;
  Object.assign(frame.style, {
    border: '0',
    margin: '0',
    padding: '0',
    display: 'none',
    background: 'transparent',
    colorScheme: 'normal',
  });
  return frame;
}

/** Calls `apply` with each layout the background sends for `frame`; other senders are ignored. */
export function onFrameLayout(frame: Layout['frame'], apply: (layout: Layout) => void, signal: AbortSignal): void {
  const listener = (message: unknown, sender: { id?: string; tab?: unknown }) => {
    // Only the background (our id, no tab) may size a frame.
    if (sender.id !== browser.runtime.id || sender.tab || !isPush(message) || message.type !== 'frameLayout') return;
    const layout = message.data as Layout;
    if (layout.frame === frame) apply(layout);
  };
  browser.runtime.onMessage.addListener(listener);
  signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(listener));
}
