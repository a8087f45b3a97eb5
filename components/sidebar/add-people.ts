import type { Act } from '../use-actions';
import type { SidebarApi } from './api';
import type { AddPeopleActions } from './NoAccountHere';

/** The sidebar's one-click additions of the people on a page that no account took. */
export function addPeopleActions(api: SidebarApi, act: Act): AddPeopleActions {
  return {
    // A new account for them (their domain's, or one named after them) and the contact in it: one action, one Undo.
    addContact: (person) => {
      const accountId = crypto.randomUUID();
      const who = person.name ?? person.email!;
      const accountName = person.domain ? accountNameFrom(person.domain) : who;
      void act(`Added ${who} as a contact of ${accountName}, a new account`, () =>
        api.background.saveRecords({
          records: [
            {
              store: 'accounts',
              record: {
                id: accountId,
                name: accountName,
                domains: person.domain ? [person.domain] : [],
                tier: 'standard',
                status: 'prospect',
                objectives: [],
                tags: [],
              },
            },
            {
              store: 'contacts',
              record: { accountId, name: who, emails: person.email ? [person.email] : [], role: 'other' },
            },
          ],
        }),
      );
    },
    addDomain: (domain) => void act(`Created ${accountNameFrom(domain)}`, () => createAccount(api, domain)),
    openWelcome: () => void api.openWelcome(),
  };
}

/** A prospect account for a business domain, named after it. */
export function createAccount(api: SidebarApi, domain: string) {
  return api.background.saveRecord({
    store: 'accounts',
    record: {
      name: accountNameFrom(domain),
      domains: [domain],
      tier: 'standard',
      status: 'prospect',
      objectives: [],
      tags: [],
    },
  });
}

/** `wide-world.co.uk` → "Wide World". */
export function accountNameFrom(domain: string): string {
  const label = domain.split('.')[0] ?? domain;
  return label
    .split(/[-_]/)
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join(' ');
}
