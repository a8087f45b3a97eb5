import { request } from '../messaging';
import { getSettings } from '../settings';
import type { SiteAdapter } from '../sites/types';
import { watchPage } from './watch-page';

/** A content script's whole job for now: watch the page and report what it shows, if the user left this site on. */
export async function startDetection(adapter: SiteAdapter, signal: AbortSignal): Promise<void> {
  try {
    const settings = await getSettings();
    if (!settings.enabledSites[adapter.site]) return;
  } catch {
    return;
  }
  watchPage({
    adapter,
    signal,
    report: ({ context, misses }) => {
      // The background may be restarting; the next change reports again.
      request('reportPageContext', { context, misses }).catch(() => undefined);
    },
  });
}
