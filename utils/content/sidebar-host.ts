import type { SiteAdapter } from './sites/types';
import { createExtensionFrame, onFrameLayout, type Layout } from './frame-host';
import { placeFrame } from './placement';
import { makeRoom } from './room';

/**
 * The sidebar frame, docked at the right: created once, sized and placed only
 * as the background says. The frame draws everything itself, the collapsed tab too.
 * Expanded, it docks beside the mail: the page's reading view narrows to make room.
 */
export function mountSidebarFrame(
  adapter: SiteAdapter,
  signal: AbortSignal,
  win: Window = window,
): { place(): void; element: HTMLIFrameElement } {
  const doc = win.document;
  const frame = createExtensionFrame(doc, '/sidebar.html', 'Account Lens');
  Object.assign(frame.style, { position: 'fixed', zIndex: '2147483000' });
  let layout: Layout = { frame: 'sidebar', state: 'hidden', width: 0, height: 0 };
  const room = makeRoom();

  const place = () => {
    if (signal.aborted) return;
    // Some apps rebuild their body; the frame lives on <html> and comes back if removed.
    if (!frame.isConnected) doc.documentElement.append(frame);
    room.give(layout.state === 'expanded' ? adapter.roomFor?.(doc) : null, layout.width);
    if (layout.state === 'hidden') {
      frame.style.display = 'none';
      return;
    }
    const avoid = (adapter.frameAvoid?.(doc) ?? []).map((el) => el.getBoundingClientRect());
    const spot = placeFrame({ width: win.innerWidth, height: win.innerHeight }, layout, avoid);
    Object.assign(frame.style, {
      display: 'block',
      top: `${spot.top}px`,
      right: `${spot.right}px`,
      width: `${layout.width}px`,
      height: `${spot.height}px`,
    });
  };

  onFrameLayout('sidebar', (next) => ((layout = next), place()), signal);
  win.addEventListener('resize', place, { passive: true, signal });
  signal.addEventListener('abort', () => (frame.remove(), room.give(null, 0)));
  place();
  return { place, element: frame };
}
