import { browser } from 'wxt/browser';
import { isPush, type PushMap } from '../messaging';
import type { SiteAdapter } from '../sites/types';
import { placeFrame } from './placement';

type Layout = PushMap['frameLayout'];

/**
 * The sidebar frame in the host page: created once, sized and placed only as
 * the background says, never given data. The frame draws everything inside
 * itself, the collapsed tab too; its URL carries no tab id or record.
 */
export function mountSidebarFrame(adapter: SiteAdapter, signal: AbortSignal, win: Window = window): { place(): void } {
  const doc = win.document;
  const frame = doc.createElement('iframe');
  frame.src = browser.runtime.getURL('/sidebar.html');
  frame.title = 'Account Lens';
  frame.setAttribute('allow', '');
  Object.assign(frame.style, {
    position: 'fixed',
    border: '0',
    margin: '0',
    padding: '0',
    zIndex: '2147483000',
    display: 'none',
    background: 'transparent',
    colorScheme: 'normal',
  });
  let layout: Layout = { frame: 'sidebar', state: 'hidden', width: 0, height: 0 };

  const place = () => {
    if (signal.aborted) return;
    // Some apps rebuild their body; the frame lives on <html> and comes back if removed.
    if (!frame.isConnected) doc.documentElement.append(frame);
    if (layout.state === 'hidden') {
      frame.style.display = 'none';
      return;
    }
    const avoid = (adapter.frameAvoid?.(doc) ?? []).map((el) => el.getBoundingClientRect());
    const spot = placeFrame({ width: win.innerWidth, height: win.innerHeight }, layout, avoid);
    Object.assign(frame.style, { display: 'block', top: `${spot.top}px`, right: `${spot.right}px`, width: `${layout.width}px`, height: `${spot.height}px` });
  };

  const onPush = (message: unknown, sender: { id?: string; tab?: unknown }) => {
    // Only the background (our id, no tab) may size the frame.
    if (sender.id !== browser.runtime.id || sender.tab || !isPush(message) || message.type !== 'frameLayout') return;
    const next = message.data as Layout;
    if (next.frame !== 'sidebar') return;
    layout = next;
    place();
  };
  browser.runtime.onMessage.addListener(onPush);
  win.addEventListener('resize', place, { passive: true, signal });
  signal.addEventListener('abort', () => {
    browser.runtime.onMessage.removeListener(onPush);
    frame.remove();
  });
  place();
  return { place };
}
