import type { SiteAdapter } from './sites/types';
import { createExtensionFrame, frameTitle, onFrameLayout, type Layout } from './frame-host';
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
  const frame = createExtensionFrame(doc, '/sidebar.html', frameTitle('frameSidebar', 'Account Lens'));
  Object.assign(frame.style, { position: 'fixed', zIndex: '2147483000' });
  let layout: Layout = { frame: 'sidebar', state: 'hidden', width: 0, height: 0 };
  const room = makeRoom();
  // What the frame's spot was computed from: measuring is a layout read, so a scan that changed none of it skips it.
  let placedFor: { layout: Layout; avoid: Element[] } | undefined;
  let resized = false;

  const place = () => {
    if (signal.aborted) return;
    // Some apps rebuild their body; the frame lives on <html> and comes back if removed.
    if (!frame.isConnected) doc.documentElement.append(frame);
    room.give(layout.state === 'expanded' ? adapter.roomFor?.(doc) : null, layout.width);
    const avoidElements = layout.state === 'hidden' ? [] : (adapter.frameAvoid?.(doc) ?? []);
    if (!resized && placedFor?.layout === layout && sameElements(placedFor.avoid, avoidElements)) return;
    placedFor = { layout, avoid: avoidElements };
    resized = false;
    if (layout.state === 'hidden') {
      frame.style.display = 'none';
      return;
    }
    const avoid = avoidElements.map((el) => el.getBoundingClientRect());
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
  win.addEventListener('resize', () => ((resized = true), place()), { passive: true, signal });
  signal.addEventListener('abort', () => (frame.remove(), room.give(null, 0)));
  place();
  return { place, element: frame };
}

function sameElements(a: readonly Element[], b: readonly Element[]): boolean {
  return a.length === b.length && a.every((element, i) => element === b[i]);
}
