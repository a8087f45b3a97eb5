import { request } from '../messaging';
import { getSettings } from '../settings';
import type { SiteAdapter } from '../sites/types';
import { mountSidebarFrame } from './frame-host';
import { pageTheme } from './theme';
import { watchPage } from './watch-page';

/** A content script's whole job: watch the page, report what it shows, and host the sidebar frame, if the user left this site on. */
export async function startDetection(adapter: SiteAdapter, signal: AbortSignal): Promise<void> {
  try {
    const settings = await getSettings();
    if (!settings.enabledSites[adapter.site]) return;
  } catch {
    return;
  }
  const sidebar = mountSidebarFrame(adapter, signal);
  watchPage({
    adapter,
    signal,
    report: ({ context, misses }) => {
      const withTheme = context && { ...context, theme: pageTheme(document) };
      // The background may be restarting; the next change reports again.
      request('reportPageContext', { context: withTheme, misses }).catch(() => undefined);
      // The view changed, so the controls to keep clear may have moved.
      sidebar.place();
    },
  });
}
