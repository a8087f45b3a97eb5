import { addressesInText, cleanText, textLines } from '../common';
import { findAll } from '../selectors';
import { parseOutlookStart } from './calendar-time';
import { PERSONA, SENT_TIME } from './selectors';

export interface ConversationItem {
  id: string;
  from?: string;
  sentAt?: string;
}

/**
 * The items shown in the reading pane, in page order, each loggable on its own. An item is the largest block
 * around one sent time (`[data-testid=SentReceivedSavedTime]`, one per expanded item) that holds no other.
 * Outlook's DOM carries no per-item id (the URL names one item, not which), so each item is keyed by the
 * conversation, its sent time and its sender: the same however many items are expanded, and distinct within
 * a thread. Without the conversation's id (no list row selected) nothing is keyed, rather than risk keys that
 * two threads could share.
 */
export function readConversationItems(pane: Element, conversationId: string | undefined): ConversationItem[] {
  if (!conversationId) return [];
  const times = [...pane.querySelectorAll(SENT_TIME)];
  const used = new Set<string>();
  return times.map((time) => {
    const block = itemBlock(time, pane);
    const from = senderOf(block);
    const sentAt = parseOutlookStart(time.textContent);
    const when = sentAt ?? cleanText(time.textContent) ?? '';
    const base = `${conversationId}/${when}/${from ?? ''}`;
    // Two items from one sender in the same minute: the later one in page order gets a suffix.
    let id = base;
    for (let n = 2; used.has(id); n++) id = `${base}#${n}`;
    used.add(id);
    return { id, ...(from ? { from } : {}), ...(sentAt ? { sentAt } : {}) };
  });
}

function itemBlock(time: Element, pane: Element): Element {
  // Up to the pane itself when it shows a single item.
  let block = time;
  while (block !== pane && block.parentElement && block.parentElement.querySelectorAll(SENT_TIME).length === 1)
    block = block.parentElement;
  return block;
}

/** The item's sender: its persona target reads "Name<addr>" (recipients are name-only chips in the well). */
function senderOf(block: Element): string | undefined {
  for (const target of findAll(block, PERSONA)) {
    if (target.closest('[data-testid=RecipientWell]')) continue;
    const address = addressesInText(textLines(target).join(''))[0];
    if (address) return address;
  }
  return undefined;
}

/** The newest item: the latest sent time (the pane may list newest first or last), else the last in page order. */
export function newestItem(items: ConversationItem[]): ConversationItem | undefined {
  return items.reduce<ConversationItem | undefined>(
    (best, item) => (!best || (item.sentAt ?? '') >= (best.sentAt ?? '') ? item : best),
    undefined,
  );
}
