import type { PersonRole } from '../../../shared/model';
import { isAddress, mailtoAddresses, ORGANIZER_HINT, PeopleCollector, textLines } from '../common';
import type { Anchor } from '../selectors';

/**
 * The word Calendar marks the organizer's guest row with, per page language: a part of the row's aria-label
 * ("Name, Attending, Organizer", "Name, Participe, Organisateur", "Name, 参加, 主催者") or a sub-label under
 * the name. English is known on every page.
 */
const ORGANIZER_LABELS: Record<string, readonly string[]> = {
  en: ['organizer', 'organiser'],
  de: ['organisator'],
  fr: ['organisateur'],
  es: ['organizador'],
  ja: ['主催者'],
};

/** Guest rows: the address from the first anchor that matches, the name from the row's first line of text. */
export function readGuests(
  region: ParentNode,
  anchors: readonly Anchor[],
  people: PeopleCollector,
  language: string,
): string | null {
  for (const anchor of anchors) {
    const rows = [...region.querySelectorAll(anchor.selector)];
    let found = 0;
    for (const row of rows) {
      const email = row.getAttribute('data-email') ?? row.getAttribute('data-hovercard-id') ?? row.getAttribute('key');
      if (!isAddress(email)) continue;
      const lines = textLines(row);
      const role: PersonRole = isOrganizer(row.getAttribute('aria-label') ?? '', lines, language)
        ? 'organizer'
        : 'guest';
      // The display name comes first; sub-labels such as "Organizer" follow it.
      people.add({ email, name: lines[0] }, role);
      found++;
    }
    if (found) return anchor.name;
  }
  const mailto = mailtoAddresses(region);
  for (const email of mailto) people.add({ email }, 'guest');
  return mailto.length ? 'guest-mailto' : null;
}

function isOrganizer(label: string, lines: string[], language: string): boolean {
  const words = [...(ORGANIZER_LABELS[language] ?? []), ...ORGANIZER_LABELS.en!];
  // The attribute first: its parts after the name (Japanese may separate them with 、); then the sub-labels.
  const parts = [...label.split(/[,、，]/).slice(1), ...lines.slice(1)].map((part) => part.trim().toLowerCase());
  if (parts.some((part) => words.includes(part))) return true;
  // A row worded otherwise, or a language with no table: the shared hint over all its text, as before.
  return ORGANIZER_HINT.test([label, ...lines].join(' '));
}
