import { useEffect, useState } from 'preact/hooks';
import type { ReplyOf } from '../../../utils/protocol/api';
import { useOptions } from '../options-state';

type Listed = ReplyOf<'listExclusions'>[number];

const who = ({ exclusion }: Listed) => exclusion.email ?? exclusion.name;
const accountName = ({ account }: Listed) => account?.name ?? 'an erased account';

/**
 * Every "Not this account" the user chose in the sidebar, person and account, each with Remove (which matches
 * them again, with Undo). Read again after every action on the page.
 */
export function ExclusionsSection() {
  const { api, state, act } = useOptions();
  const [listed, setListed] = useState<Listed[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const version = state.version.value;
  useEffect(() => {
    api.background.listExclusions(null).then(
      (list) => (setListed(list), setError(null)),
      (failure: Error) => setError(`Could not read them: ${failure.message}`),
    );
  }, [version]);

  const remove = (entry: Listed) =>
    void act(`${who(entry)} will match ${accountName(entry)} again.`, async () => {
      await api.background.includeMatch(entry.exclusion);
      return {
        undo: {
          label: `${who(entry)} will no longer match ${accountName(entry)}.`,
          run: () => api.background.excludeMatch(entry.exclusion),
        },
      };
    });

  return (
    <section aria-labelledby="exclusions-heading">
      <h2 id="exclusions-heading">Not this account</h2>
      <p class="muted">
        People you told Account Lens not to match to an account (with <strong>Not this account</strong> in the sidebar),
        by their address or, when the page showed only a name, by that name. Remove one to match them again.
      </p>
      {error && <p role="alert">{error}</p>}
      {listed &&
        (listed.length === 0 ? (
          <p class="muted" data-testid="exclusions-empty">
            None.
          </p>
        ) : (
          <table data-testid="exclusions">
            <thead>
              <tr>
                <th scope="col">Person</th>
                <th scope="col">Not matched to</th>
                <th scope="col">
                  <span class="visually-hidden">Remove</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {listed.map((entry) => (
                <tr key={`${who(entry)}|${entry.exclusion.accountId}`} data-testid="exclusion">
                  <td>
                    <span data-testid="exclusion-person">{who(entry)}</span>{' '}
                    <span class="muted">({entry.exclusion.email ? 'address' : 'name shown'})</span>
                  </td>
                  <td data-testid="exclusion-account">
                    {accountName(entry)}
                    {entry.account?.inTrash && <span class="muted"> (in the trash)</span>}
                  </td>
                  <td>
                    <button
                      type="button"
                      onClick={() => remove(entry)}
                      aria-label={`Remove: match ${who(entry)} to ${accountName(entry)} again`}
                      data-testid="exclusion-remove"
                    >
                      Remove
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        ))}
    </section>
  );
}
