import type { SiteAdapter } from '../sites/types';
import { createExtensionFrame, onFrameLayout, type Layout } from './frame-host';

/**
 * The briefing card inside the event's own UI (the adapter names the spot:
 * Google Calendar's popup takes it as a direct child of the dialog, since it
 * strips foreign nodes from its content list). When the app rebuilds the
 * popup, the next read puts the card back.
 */
export function mountBriefingFrame(adapter: SiteAdapter, signal: AbortSignal, win: Window = window): { place(): void; element: HTMLIFrameElement } {
  const doc = win.document;
  const frame = createExtensionFrame(doc, '/briefing.html', 'Account Lens briefing');
  Object.assign(frame.style, { width: '100%', display: 'block', colorScheme: 'normal' });
  let layout: Layout = { frame: 'briefing', state: 'hidden', width: 0, height: 0 };

  const place = () => {
    if (signal.aborted) return;
    const anchor = layout.state === 'hidden' ? null : (adapter.briefingAnchor?.(doc) ?? null);
    if (!anchor) {
      frame.remove();
      return;
    }
    if (frame.parentElement !== anchor) anchor.append(frame);
    frame.style.height = `${layout.height}px`;
  };

  onFrameLayout('briefing', (next) => ((layout = next), place()), signal);
  signal.addEventListener('abort', () => frame.remove());
  return { place, element: frame };
}
