import { withoutTemplate, withStarters, withTemplate, withTemplateAt } from '../../../utils/shared/templates/set-edits';
import type { MessageTemplate } from '../../../utils/shared/templates/template';
import { useOptions } from '../options-state';

/**
 * Saving, deleting and restoring templates, each one action with its notice. Undo is kept here, in memory:
 * it works on the set as it is when Undo is pressed, so a change made meanwhile elsewhere is not lost.
 */
export function useTemplateActions(write: (next: MessageTemplate[]) => Promise<void>) {
  const { api, act, notify } = useOptions();
  const current = () => api.templates.get();
  return {
    save: (template: MessageTemplate) =>
      act(`Saved “${template.name}”.`, async () => write(withTemplate(await current(), template))),
    remove: (template: MessageTemplate) =>
      void act(`Deleted “${template.name}”.`, async () => {
        const { next, removed, index } = withoutTemplate(await current(), template.id);
        await write(next);
        return {
          undo: {
            label: `“${template.name}” is back.`,
            run: async () => removed && write(withTemplateAt(await current(), removed, index)),
          },
        };
      }),
    restoreStarters: async () => {
      const { next, added } = withStarters(await current());
      if (!added.length) return notify({ text: 'Every starter template is already in your set.' });
      const ids = new Set(added.map((t) => t.id));
      void act(`Added back ${added.map((t) => `“${t.name}”`).join(', ')}.`, async () => {
        await write(next);
        return {
          undo: {
            label: 'The starter templates are removed again.',
            run: async () => write((await current()).filter((t) => !ids.has(t.id))),
          },
        };
      });
    },
  };
}
