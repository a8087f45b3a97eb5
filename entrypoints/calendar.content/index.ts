import { defineContentScript } from 'wxt/utils/define-content-script';
import { startDetection } from '../../utils/content/start-detection';
import { googleCalendarAdapter } from '../../utils/content/sites/google-calendar';

export default defineContentScript({
  matches: ['https://calendar.google.com/*'],
  runAt: 'document_idle',
  // No window message to the page at start (the whole context is replaced too: scripts/build/quiet-content-context.ts).
  noScriptStartedPostMessage: true,
  main(ctx) {
    void startDetection(googleCalendarAdapter, ctx.signal);
  },
});
