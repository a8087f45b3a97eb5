/** Changes to the template set that the options page offers, each with what undoing it needs. */
import { STARTER_TEMPLATES } from './starters';
import type { MessageTemplate } from './template';

/** The set with `template` saved: in its place when it is already there, else at the end. */
export function withTemplate(list: MessageTemplate[], template: MessageTemplate): MessageTemplate[] {
  const at = list.findIndex((t) => t.id === template.id);
  return at < 0 ? [...list, template] : list.map((t, i) => (i === at ? template : t));
}

/** The set without one template, and where it was, so Undo puts it back in its place. */
export function withoutTemplate(list: MessageTemplate[], id: string) {
  const index = list.findIndex((t) => t.id === id);
  return { next: list.filter((t) => t.id !== id), removed: list[index], index };
}

/** Puts a removed template back at its former position (or at the end, if the set has since shrunk). */
export function withTemplateAt(list: MessageTemplate[], template: MessageTemplate, index: number): MessageTemplate[] {
  const rest = list.filter((t) => t.id !== template.id);
  return [...rest.slice(0, index), template, ...rest.slice(index)];
}

/** The set with the starters the user deleted added back at the end; an edited starter is kept as edited. */
export function withStarters(list: MessageTemplate[]): { next: MessageTemplate[]; added: MessageTemplate[] } {
  const ids = new Set(list.map((t) => t.id));
  const added = STARTER_TEMPLATES.filter((t) => !ids.has(t.id));
  return { next: [...list, ...added], added };
}
