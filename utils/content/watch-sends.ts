import type { PageContext } from '../shared/model';
import type { SiteAdapter } from './sites/types';

/** Two sends of one compose this close together are one send (a double click, the key and the click). */
const SAME_SEND_MS = 2_000;

/**
 * Tells the background when the user sends a compose with the page's own Send: its button (the adapter knows
 * it) or Ctrl+Enter (Cmd+Enter on a Mac), the shortcut both webmails use. The compose is read at that moment,
 * before the page takes it away. Listens only: the page's send goes ahead untouched.
 */
export function watchSends(
  adapter: SiteAdapter,
  signal: AbortSignal,
  reportSent: (context: PageContext) => void,
  doc: Document = document,
): void {
  if (!adapter.isSendControl || !adapter.draft) return;
  let last: { key: string; at: number } | undefined;
  const sent = () => {
    const { context } = adapter.detect(doc, new URL(doc.location.href));
    if (context?.view !== 'compose' || !context.people.length) return;
    const key = context.messageId ?? context.threadId ?? context.subject ?? '';
    const at = Date.now();
    if (last && last.key === key && at - last.at < SAME_SEND_MS) return;
    last = { key, at };
    reportSent(context);
  };
  doc.addEventListener(
    'click',
    // Only the user's own click or key (`isTrusted`): a page's script cannot make it log a message as sent.
    (event) => event.isTrusted && event.target instanceof Element && adapter.isSendControl!(event.target) && sent(),
    { capture: true, passive: true, signal },
  );
  doc.addEventListener(
    'keydown',
    (event) => {
      if (!event.isTrusted || event.key !== 'Enter' || !(event.ctrlKey || event.metaKey)) return;
      if (!(event.target instanceof Node)) return;
      if (adapter.draft!(doc)?.body.contains(event.target)) sent();
    },
    { capture: true, passive: true, signal },
  );
}
