import type { Detection, SiteAdapter } from './sites/types';

export interface WatchOptions {
  adapter: SiteAdapter;
  /** Called with each detection whose context or misses differ from the last one reported. */
  report(detection: Detection): void;
  /** Called after every read, changed or not. */
  afterRead?(): void;
  /** Our own frames: removing one (an app rebuilding its popup) is a change worth a read. */
  ownFrame?(node: Node): boolean;
  signal: AbortSignal;
  win?: Window;
  /**
   * The least time between two reads of the page. Changes arriving meanwhile join the next read, so a busy page
   * is read at most once per interval; late parts (chips that settle later) get the next read.
   */
  delayMs?: number;
}

const WATCHED_ATTRIBUTES = ['aria-selected', 'aria-checked', 'data-eventid', 'data-convid', 'data-thread-perm-id'];

/**
 * Re-reads the page after relevant changes only: one MutationObserver that
 * looks at added and removed elements (never re-querying the document per
 * mutation), plus hash, history and Navigation API events, typing in fields,
 * focus and the hovered list row. No timers run while the page is idle.
 */
export function watchPage({
  adapter,
  report,
  afterRead,
  ownFrame,
  signal,
  win = window,
  delayMs = 10,
}: WatchOptions): void {
  const doc = win.document;
  let timer: number | undefined;
  let lastKey: string | undefined;
  let hovered: Element | null = null;

  let lastReadAt = -Infinity;
  const read = () => {
    timer = undefined;
    lastReadAt = win.performance.now();
    let detection: Detection;
    try {
      detection = adapter.detect(doc, new URL(win.location.href), { hovered });
    } catch {
      // A page we cannot read is a counted miss, never an error in the host page.
      detection = { context: null, misses: [{ view: 'unknown', part: 'adapter-error' }] };
    }
    const key = JSON.stringify(detection);
    if (key !== lastKey) {
      lastKey = key;
      report(detection);
    }
    afterRead?.();
  };
  // The first change after a quiet spell is read in the next task (what one task changed is read once); a busy
  // page is read at most once per `delayMs`, its later changes in one read at the end of the interval.
  const schedule = () => {
    if (timer === undefined && !signal.aborted)
      timer = win.setTimeout(read, Math.max(0, lastReadAt + delayMs - win.performance.now()));
  };
  const isRelevant = (node: Node) =>
    node.nodeType === 1 &&
    ((node as Element).matches(adapter.relevantSelector) ||
      (node as Element).querySelector(adapter.relevantSelector) !== null);

  const Observer = (win as Window & typeof globalThis).MutationObserver;
  const observer = new Observer((records) => {
    if (timer !== undefined) return;
    for (const record of records) {
      const removedOurs = ownFrame ? [...record.removedNodes].some(ownFrame) : false;
      if (
        record.type === 'attributes' ||
        removedOurs ||
        [...record.addedNodes].some(isRelevant) ||
        [...record.removedNodes].some(isRelevant)
      ) {
        schedule();
        return;
      }
    }
  });
  observer.observe(doc.documentElement, {
    childList: true,
    subtree: true,
    attributes: true,
    attributeFilter: WATCHED_ATTRIBUTES,
  });

  const listen = (target: EventTarget, type: string, handler: (event: Event) => void) =>
    target.addEventListener(type, handler, { capture: true, passive: true, signal });
  listen(win, 'hashchange', schedule);
  listen(win, 'popstate', schedule);
  const navigation = (win as Window & { navigation?: EventTarget }).navigation;
  if (navigation) listen(navigation, 'navigatesuccess', schedule);
  listen(doc, 'input', schedule);
  listen(doc, 'focusin', schedule);
  if (adapter.hoverSelector) {
    const hoverSelector = adapter.hoverSelector;
    listen(doc, 'mouseover', (event) => {
      const row = (event.target as Element | null)?.closest?.(hoverSelector) ?? null;
      if (row !== hovered) {
        hovered = row;
        schedule();
      }
    });
  }
  signal.addEventListener('abort', () => {
    observer.disconnect();
    if (timer !== undefined) win.clearTimeout(timer);
  });
  schedule();
}
