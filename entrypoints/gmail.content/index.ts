import { defineContentScript } from 'wxt/utils/define-content-script';
import { startDetection } from '../../utils/content/start-detection';
import { gmailAdapter } from '../../utils/content/sites/gmail';

export default defineContentScript({
  matches: ['https://mail.google.com/*'],
  runAt: 'document_idle',
  main(ctx) {
    void startDetection(gmailAdapter, ctx.signal);
  },
});
