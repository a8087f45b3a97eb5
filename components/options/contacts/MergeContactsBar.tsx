import { useState } from 'preact/hooks';
import type { Contact } from '../../../utils/shared/model';

/** Two contacts chosen as duplicates: pick the one to keep; the other's addresses, touchpoints and tasks move to it. */
export function MergeContactsBar({
  pair,
  onMerge,
  onCancel,
}: {
  pair: [Contact, Contact];
  onMerge: (keep: Contact, duplicate: Contact) => void;
  onCancel: () => void;
}) {
  const [keepId, setKeepId] = useState(pair[0].id);
  const keep = pair.find((c) => c.id === keepId) ?? pair[0];
  const duplicate = pair.find((c) => c !== keep)!;
  // Duplicates often share a name: then the address tells them apart.
  const who = (c: Contact) => (pair[0].name === pair[1].name ? `${c.name} (${c.emails[0] ?? 'no address'})` : c.name);
  return (
    <fieldset class="merge-bar" data-testid="merge-contacts">
      <legend>Merge two contacts</legend>
      {pair.map((c) => (
        <label key={c.id} class="inline">
          <input
            type="radio"
            name="merge-keep"
            checked={c.id === keep.id}
            onChange={() => setKeepId(c.id)}
            data-testid="merge-keep"
          />{' '}
          keep {c.name} <span class="muted">{c.emails.join(', ') || 'no address'}</span>
        </label>
      ))}
      <p class="muted">
        {who(duplicate)}'s addresses, touchpoints and tasks move to {who(keep)}, and {who(duplicate)} goes to the trash.
      </p>
      <button
        type="button"
        class="primary"
        onClick={() => onMerge(keep, duplicate)}
        data-testid="merge-contacts-confirm"
      >
        Merge
      </button>{' '}
      <button type="button" onClick={onCancel}>
        Cancel
      </button>
    </fieldset>
  );
}
