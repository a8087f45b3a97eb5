import { backgroundClient } from '../protocol/messaging';
import { getSettings } from '../settings/settings';
import type { Detection, SiteAdapter } from './sites/types';
import { mountBriefingFrame } from './briefing-host';
import { answerDraftInserts } from './insert-draft';
import { createReporter } from './report';
import { mountSidebarFrame } from './sidebar-host';
import { pageTheme } from './theme';
import { watchPage } from './watch-page';
import { watchSends } from './watch-sends';

/** A content script's whole job: watch the page, report what it shows, and host the sidebar frame, if the user left this site on. */
export async function startDetection(adapter: SiteAdapter, signal: AbortSignal): Promise<void> {
  try {
    const settings = await getSettings();
    if (!settings.enabledSites[adapter.site]) return;
  } catch {
    return;
  }
  const frames = [mountSidebarFrame(adapter, signal), mountBriefingFrame(adapter, signal)];
  answerDraftInserts(adapter, signal);
  const background = backgroundClient<'content'>();
  const send = createReporter((report) => background.reportPageContext(report), signal);
  const isNarrow = () => window.innerWidth < NARROW_WINDOW_PX;
  let narrow = isNarrow();
  let last: Detection | undefined;
  const report = (detection: Detection) => {
    last = detection;
    const { context, misses } = detection;
    send({ context: context && { ...context, theme: pageTheme(document), ...(narrow && { narrow }) }, misses });
  };
  watchSends(adapter, signal, (context) => void background.reportSent({ context }).catch(() => undefined));
  watchPage({
    adapter,
    signal,
    report,
    // After every read: the controls to keep clear may have moved, or the app may have rebuilt the popup.
    afterRead: () => frames.forEach((frame) => frame.place()),
    ownFrame: (node) => node.nodeName === 'IFRAME' && frames.some((f) => f.element === node),
  });
  // A window resized across the threshold changes where the sidebar starts (unless the user chose already).
  window.addEventListener(
    'resize',
    () => {
      if (isNarrow() === narrow) return;
      narrow = !narrow;
      if (last) report(last);
    },
    { passive: true, signal },
  );
}

/** Below this width, the mail and the expanded sidebar do not fit side by side: the sidebar starts collapsed. */
export const NARROW_WINDOW_PX = 1024;
