import type { PersonRole } from '../../shared/model';
import { cleanText } from './common';

/**
 * The words mail pages label sender and recipient fields with, per language: "From:", "An:", "à :", "Para",
 * "宛先". Read only where the page offers no structure for it (Gmail's details dropdown, Outlook's recipient
 * boxes, labelled by their aria-label).
 */
const RECIPIENT_LABELS: Record<string, Partial<Record<PersonRole, string[]>>> = {
  en: { from: ['from'], to: ['to'], cc: ['cc'], bcc: ['bcc'] },
  de: { from: ['von'], to: ['an'], cc: ['cc', 'kopie'], bcc: ['bcc', 'blindkopie'] },
  fr: { from: ['de'], to: ['à', 'a', 'destinataire', 'destinataires'], cc: ['cc'], bcc: ['cci'] },
  es: { from: ['de'], to: ['para'], cc: ['cc'], bcc: ['cco'] },
  ja: { from: ['差出人'], to: ['宛先', 'to'], cc: ['cc'], bcc: ['bcc'] },
};

/**
 * The field a label names, in the page's language (English words are known in every language: the apps keep
 * "Cc" and "Bcc"); undefined when it names none. Only the label's first word counts: "To recipients",
 * "Message body" are a field's label too.
 */
export function recipientRole(label: string, language: string): PersonRole | undefined {
  const word = cleanText(label)
    .toLowerCase()
    .replace(/\s*:.*$/, '')
    .split(/[\s,]/)[0];
  if (!word) return undefined;
  for (const table of [RECIPIENT_LABELS[language], RECIPIENT_LABELS.en]) {
    const found = Object.entries(table ?? {}).find(([, words]) => words!.includes(word));
    if (found) return found[0] as PersonRole;
  }
  return undefined;
}
