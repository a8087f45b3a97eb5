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
 * The items of a conversation shown in the reading pane, oldest first, each loggable on its own. An item is
 * the largest block around one sent time (`[data-testid=SentReceivedSavedTime]`, one per expanded item) that
 * holds no other. Outlook's DOM carries no per-item id (only the URL names one item), so each item is keyed
 * by the conversation, its sent time and its sender: stable across re-renders and distinct within a thread.
 * Empty for a single item: the page's own item id serves it.
 */
export function readConversationItems(pane: Element, conversationId: string | undefined): ConversationItem[] {
  const times = [...pane.querySelectorAll(SENT_TIME)];
  if (times.length < 2) return [];
  return times.map((time) => {
    const block = itemBlock(time, pane);
    const from = senderOf(block);
    const sentAt = parseOutlookStart(time.textContent);
    const when = sentAt ?? cleanText(time.textContent) ?? '';
    const id = `${conversationId ?? 'conversation'}/${when}/${from ?? ''}`;
    return { id, ...(from ? { from } : {}), ...(sentAt ? { sentAt } : {}) };
  });
}

function itemBlock(time: Element, pane: Element): Element {
  let block = time;
  while (
    block.parentElement &&
    block.parentElement !== pane &&
    block.parentElement.querySelectorAll(SENT_TIME).length === 1
  )
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
