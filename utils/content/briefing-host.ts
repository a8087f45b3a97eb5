import type { SiteAdapter } from './sites/types';
import { createExtensionFrame, frameTitle, onFrameLayout, type Layout } from './frame-host';

type Movable = Element & { moveBefore?: (node: Node, child: Node | null) => void };
const TITLE = frameTitle('frameBriefing', 'Account Lens briefing');
/** A parked card is laid out off screen (not display:none), so it paints at once when an event takes it. */
const PARKED = {
  display: 'block',
  position: 'fixed',
  left: '-10000px',
  top: '0',
  width: '448px',
  height: '400px',
  visibility: 'hidden',
  pointerEvents: 'none',
};
const SHOWN = {
  display: 'block',
  position: 'static',
  left: '',
  top: '',
  width: '100%',
  visibility: 'visible',
  pointerEvents: '',
};
const IDLE_TITLE = frameTitle('frameBriefingIdle', 'Account Lens briefing (idle)');

/**
 * The briefing card inside the event's own UI (the adapter names the spot:
 * Google Calendar's popup takes it as a direct child of the dialog, since it
 * strips foreign nodes from its content list).
 *
 * A closing popup takes its card with it, and a new frame costs a page load.
 * So one frame is always kept loaded and parked, hidden, on <html>: when an
 * event opens, that warm frame moves into it (`moveBefore` keeps it loaded
 * where the browser has it) and a new spare starts loading for the next event.
 * When the app rebuilds the popup, the next read puts the card back.
 *
 * Only a page that can show calendar events gets a card at all (never Gmail; Outlook once it shows its
 * calendar), so a mail tab loads no briefing frame.
 */
export function mountBriefingFrame(
  adapter: SiteAdapter,
  signal: AbortSignal,
  win: Window = window,
): { place(): void; readonly element: HTMLIFrameElement | undefined } {
  const doc = win.document;
  const parking = doc.documentElement;
  const spawn = () => {
    const frame = createExtensionFrame(doc, '/briefing.html', IDLE_TITLE);
    Object.assign(frame.style, PARKED);
    styled.set(frame, 'parked');
    parking.append(frame);
    return frame;
  };
  let current: HTMLIFrameElement | undefined;
  let spare: HTMLIFrameElement | undefined;
  let spawnPending = false;
  let layout: Layout = { frame: 'briefing', state: 'hidden', width: 0, height: 0 };
  /** How each card was last styled (shown at a height, or parked). */
  const styled = new WeakMap<HTMLIFrameElement, string>();

  const moveInto = (parent: Element, frame: HTMLIFrameElement) => {
    if (frame.parentElement === parent) return;
    const target = parent as Movable;
    if (typeof target.moveBefore === 'function' && frame.isConnected) target.moveBefore(frame, null);
    else parent.append(frame);
  };

  const place = () => {
    if (signal.aborted || !adapter.showsEvents?.(doc)) return;
    if (!current?.isConnected) {
      // The popup that held the card is gone, and the card with it: take the warm spare.
      current = spare ?? spawn();
      spare = undefined;
    }
    // The event's spot is taken as soon as the page shows one, so the card loads while the background decides.
    const anchor = adapter.briefingAnchor?.(doc) ?? null;
    moveInto(anchor ?? parking, current);
    if (anchor && !spare && !spawnPending) {
      // Load the next spare once the page is idle, not while this event is opening.
      spawnPending = true;
      const idle = (win as Window & { requestIdleCallback?: (cb: () => void, o?: { timeout: number }) => number })
        .requestIdleCallback;
      const later = () => ((spawnPending = false), signal.aborted || (spare ??= spawn()));
      if (idle) idle.call(win, later, { timeout: 2000 });
      else win.setTimeout(later, 500);
    }
    const shown = !!anchor && layout.state !== 'hidden';
    // Written only when it changes: a scan that changed nothing touches no style.
    const look = shown ? `shown:${layout.height}` : 'parked';
    if (styled.get(current) === look) return;
    styled.set(current, look);
    Object.assign(current.style, shown ? SHOWN : PARKED, shown ? { height: `${layout.height}px` } : {});
    // Only the card on show carries the name screen readers (and tests) look for.
    current.title = shown ? TITLE : IDLE_TITLE;
  };

  onFrameLayout('briefing', (next) => ((layout = next), place()), signal);
  signal.addEventListener('abort', () => (current?.remove(), spare?.remove()));
  place();
  return {
    place,
    get element() {
      return current;
    },
  };
}
