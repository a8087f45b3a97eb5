import { storage } from 'wxt/utils/storage';
import * as v from 'valibot';
import { STARTER_TEMPLATES } from '../shared/templates/starters';
import { messageTemplateSchema, TEMPLATES_MAX, type MessageTemplate } from '../shared/templates/template';

/**
 * The user's email templates. Until the user changes the set, it is the starter set (so a newer version's
 * starters reach a user who never edited them); from the first change on, the stored list is the set.
 */
export const templatesItem = storage.defineItem<MessageTemplate[] | null>('local:templates', {
  fallback: null,
  version: 1,
});

export const templateListSchema = v.pipe(
  v.array(messageTemplateSchema),
  v.maxLength(TEMPLATES_MAX, `At most ${TEMPLATES_MAX} templates.`),
);

/** The set as it stands. A stored entry that no longer reads (edited by hand) is passed over, never the whole set. */
export async function getTemplates(): Promise<MessageTemplate[]> {
  const stored = await templatesItem.getValue();
  if (!Array.isArray(stored)) return STARTER_TEMPLATES;
  return stored.flatMap((entry) => {
    const parsed = v.safeParse(messageTemplateSchema, entry);
    return parsed.success ? [parsed.output] : [];
  });
}

export async function setTemplates(templates: MessageTemplate[]): Promise<void> {
  await templatesItem.setValue(v.parse(templateListSchema, templates));
}

/** Calls back with the set whenever it changes (in any page). */
export function watchTemplates(callback: (templates: MessageTemplate[]) => void): () => void {
  return templatesItem.watch(() => void getTemplates().then(callback));
}
