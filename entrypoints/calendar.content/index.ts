import { defineContentScript } from 'wxt/utils/define-content-script';
import { startDetection } from '../../utils/content/start-detection';
import { googleCalendarAdapter } from '../../utils/content/sites/google-calendar';

export default defineContentScript({
  matches: ['https://calendar.google.com/*'],
  runAt: 'document_idle',
  main(ctx) {
    void startDetection(googleCalendarAdapter, ctx.signal);
  },
});
