import * as v from 'valibot';
import { messageTemplateSchema, placeholdersIn, type MessageTemplate } from '../../../utils/shared/templates/template';

export type TemplateDraft = Pick<MessageTemplate, 'name' | 'subject' | 'body'>;
type Field = keyof TemplateDraft;

/** What stops a draft from being saved: the schema's message per field, and placeholders that name no variable. */
export function draftProblems(draft: TemplateDraft): { fields: Partial<Record<Field, string>>; unknown: string[] } {
  const fields: Partial<Record<Field, string>> = {};
  const parsed = v.safeParse(messageTemplateSchema, { id: 'draft', ...draft });
  if (!parsed.success)
    for (const issue of parsed.issues) {
      const key = issue.path?.[0]?.key as Field | undefined;
      if (key && !fields[key]) fields[key] = issue.message;
    }
  return { fields, unknown: placeholdersIn(draft.subject, draft.body).unknown };
}

/** The template to store: a new one gets its id here; every save stamps `updatedAt`. */
export function templateFromDraft(draft: TemplateDraft, id: string | undefined, now: Date): MessageTemplate {
  return v.parse(messageTemplateSchema, {
    id: id ?? crypto.randomUUID(),
    ...draft,
    updatedAt: now.toISOString(),
  });
}
