import type { PageContext, PagePerson } from '../../../shared/model';
import { compactContext } from '../common';
import { findAll, findFirst } from '../selectors';
import { GMAIL_FRAME_AVOID, GMAIL_MAIL_VIEW } from './selectors';
import type { Detection, DetectionMiss, SiteAdapter } from '../types';
import { isSendControl, readCompose, readDraft } from './compose';
import { readList } from './list';
import { readSignedInAddress } from './self';
import { readThread } from './thread';

/**
 * Gmail: a compose (focused, else newest) wins over the open thread, which
 * wins over the hovered or selected list row. The signed-in address is self
 * and is left out of the people.
 */
export const gmailAdapter: SiteAdapter = {
  site: 'gmail',
  relevantSelector: [
    'h2[data-thread-perm-id]',
    'h2[data-legacy-thread-id]',
    '[data-message-id]',
    '[data-legacy-message-id]',
    '.ajC',
    '[role=dialog]',
    '.M9',
    'div[name=to]',
    'div[name=cc]',
    'div[name=bcc]',
    '[role=option][data-hovercard-id]',
    '.vR',
    '.aoD',
    'tr.zA',
    '[role=main]',
  ].join(', '),
  hoverSelector: 'tr.zA',
  frameAvoid: (doc) => findAll(doc, GMAIL_FRAME_AVOID),
  draft: readDraft,
  isSendControl,
  roomFor: (doc) => findFirst<HTMLElement>(doc, GMAIL_MAIL_VIEW)?.element ?? null,

  detect(doc, url, hints): Detection {
    const misses: DetectionMiss[] = [];
    const selfEmail = readSignedInAddress(doc);
    const base = { site: 'gmail' as const, ...(selfEmail ? { selfEmail } : {}) };
    const withoutSelf = (people: PagePerson[]) =>
      people.filter((p) => !selfEmail || p.email?.toLowerCase() !== selfEmail.toLowerCase());

    const thread = readThread(doc, url, misses);
    const compose = readCompose(doc, misses);
    let context: PageContext | null = null;
    if (compose) {
      const inThread = thread && thread.root.contains(compose.root);
      context = {
        ...base,
        view: 'compose',
        people: withoutSelf(compose.people),
        subject: compose.subject || (inThread ? thread.subject : ''),
        ...(inThread && thread.threadId ? { threadId: thread.threadId } : {}),
        ...(compose.draftId ? { messageId: `draft:${compose.draftId}` } : {}),
        strategy: compose.strategy,
      };
    } else if (thread) {
      context = {
        ...base,
        view: 'thread',
        people: withoutSelf(thread.people),
        subject: thread.subject,
        ...(thread.threadId ? { threadId: thread.threadId } : {}),
        ...(thread.messageId ? { messageId: thread.messageId } : {}),
        // Only a thread of several messages needs the list: one message is the page's own messageId.
        ...(thread.messages.length > 1 ? { messages: thread.messages } : {}),
        ...(thread.sentAt ? { start: thread.sentAt } : {}),
        strategy: thread.strategy,
      };
    } else {
      const list = readList(doc, hints?.hovered);
      if (list) {
        context = {
          ...base,
          view: 'list',
          people: withoutSelf(list.people),
          subject: list.subject,
          ...(list.threadId ? { threadId: list.threadId } : {}),
          strategy: 'list:attributes',
        };
      }
    }
    return { context: context && compactContext(context), misses };
  },
};
