import { defineContentScript } from 'wxt/utils/define-content-script';
import { startDetection } from '../../utils/content/start-detection';
import { gmailAdapter } from '../../utils/content/sites/gmail';

export default defineContentScript({
  matches: ['https://mail.google.com/*'],
  runAt: 'document_idle',
  // No window message to the page at start (the whole context is replaced too: scripts/build/quiet-content-context.ts).
  noScriptStartedPostMessage: true,
  main(ctx) {
    void startDetection(gmailAdapter, ctx.signal);
  },
});
