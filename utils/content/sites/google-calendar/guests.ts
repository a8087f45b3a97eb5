import type { PersonRole } from '../../../shared/model';
import { isAddress, mailtoAddresses, ORGANIZER_HINT, PeopleCollector, textLines } from '../common';
import type { Anchor } from '../selectors';

/** Guest rows: the address from the first anchor that matches, the name from the row's first line of text. */
export function readGuests(region: ParentNode, anchors: readonly Anchor[], people: PeopleCollector): string | null {
  for (const anchor of anchors) {
    const rows = [...region.querySelectorAll(anchor.selector)];
    let found = 0;
    for (const row of rows) {
      const email = row.getAttribute('data-email') ?? row.getAttribute('data-hovercard-id') ?? row.getAttribute('key');
      if (!isAddress(email)) continue;
      const lines = textLines(row);
      const role: PersonRole = ORGANIZER_HINT.test([row.getAttribute('aria-label') ?? '', ...lines].join(' '))
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
