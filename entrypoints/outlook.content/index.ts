import { defineContentScript } from 'wxt/utils/define-content-script';
import { startDetection } from '../../utils/content/start-detection';
import { OUTLOOK_MATCHES } from '../../utils/shared/hosts';
import { outlookAdapter } from '../../utils/content/sites/outlook';

export default defineContentScript({
  matches: OUTLOOK_MATCHES,
  runAt: 'document_idle',
  // No window message to the page at start (the whole context is replaced too: scripts/build/quiet-content-context.ts).
  noScriptStartedPostMessage: true,
  main(ctx) {
    void startDetection(outlookAdapter, ctx.signal);
  },
});
