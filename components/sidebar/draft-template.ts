import type { PageContext } from '../../utils/shared/model';
import type { MessageTemplate } from '../../utils/shared/templates/template';

type UsedTemplate = { id: string; name: string };

/**
 * Which template went into which draft, so "Log this email" records it. Kept in the frame's memory, which
 * lasts while the page does (worker stops included); a frame in a mail page gets no storage of its own.
 */
const used = new Map<string, UsedTemplate>();
const keyOf = (context: PageContext) => `${context.site}:${context.messageId ?? context.threadId ?? 'compose'}`;

export function rememberDraftTemplate(context: PageContext, template: MessageTemplate): void {
  used.set(keyOf(context), { id: template.id, name: template.name });
}

/** Once the page shows no compose, its drafts are sent or gone: their templates are forgotten. */
export function forgetDraftTemplates(): void {
  used.clear();
}

/** The template the page's draft was written from, if one was inserted into it. */
export function draftTemplateOf(context: PageContext): UsedTemplate | undefined {
  return context.view === 'compose' ? used.get(keyOf(context)) : undefined;
}
