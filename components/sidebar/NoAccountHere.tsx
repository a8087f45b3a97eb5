import type { UnmatchedPerson } from '../../utils/shared/insights/unmatched-people';

/** What adding someone does: a contact (in the account of their domain, or one named after them), or their domain as an account. */
export interface AddPeopleActions {
  addContact(person: UnmatchedPerson): void;
  addDomain(domain: string): void;
  openWelcome(): void;
}

/**
 * The sidebar on a page where no account matched. With an empty book it says so and where to start;
 * either way it lists who was seen, by business domain, with one click to add each as a contact or their
 * domain as an account. (Only inside the frame: the frame's size never depends on it.)
 */
export function NoAccountHere({
  bookEmpty,
  people,
  actions,
}: {
  bookEmpty: boolean;
  people: UnmatchedPerson[];
  actions: AddPeopleActions;
}) {
  return (
    <section class="no-account" aria-label="No client account on this page" data-testid="no-account">
      {bookEmpty ? (
        <>
          <h2 data-testid="empty-book">Your book is empty</h2>
          <p class="muted">
            Account Lens shows the account of the people on a page once it knows your clients, and it knows none yet.
          </p>
        </>
      ) : (
        <p class="muted">No client account on this page.</p>
      )}
      {people.length > 0 && (
        <>
          <h3>Seen on this page</h3>
          {byDomain(people).map(([domain, group]) => (
            <div class="seen-group" key={domain ?? ''}>
              {domain && (
                <div class="seen-row seen-domain">
                  <span>
                    <strong>{domain}</strong> <span class="muted">has no account yet</span>
                  </span>
                  <button type="button" onClick={() => actions.addDomain(domain)} data-testid="add-domain-account">
                    Add as account
                  </button>
                </div>
              )}
              <ul class="people-seen">
                {group.map((person) => (
                  <li key={person.email ?? person.name} class="seen-row" data-testid="person-seen">
                    <span>
                      {person.name ?? person.email}
                      {person.name && person.email && <span class="muted"> {person.email}</span>}
                    </span>
                    <button type="button" onClick={() => actions.addContact(person)} data-testid="add-person-contact">
                      Add as contact
                    </button>
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </>
      )}
      {bookEmpty && (
        <p>
          <span class="muted">
            Or bring your accounts in at once: import your CRM's CSV exports, or try the demo book.
          </span>{' '}
          <button type="button" onClick={actions.openWelcome} data-testid="sidebar-open-welcome">
            Start your book
          </button>
        </p>
      )}
    </section>
  );
}

/** Business domains first, in page order, each with its people; free-mail and name-only people last. */
function byDomain(people: UnmatchedPerson[]): Array<[string | undefined, UnmatchedPerson[]]> {
  const groups = new Map<string | undefined, UnmatchedPerson[]>();
  for (const person of people) groups.set(person.domain, [...(groups.get(person.domain) ?? []), person]);
  return [...groups].sort(([a], [b]) => Number(a === undefined) - Number(b === undefined));
}
