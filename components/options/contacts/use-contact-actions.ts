import type { Contact, Draft } from '../../../utils/shared/model';
import { useOptions } from '../options-state';

export interface ContactActions {
  save(draft: Draft<Contact>): Promise<boolean>;
  remove(contact: Contact): void;
  /** Moves the duplicate's addresses, touchpoints and tasks to `keep`, then trashes the duplicate. */
  merge(keep: Contact, duplicate: Contact): void;
}

/** Saving, deleting and merging contacts: each one action, shown with Undo. */
export function useContactActions(): ContactActions {
  const { api, act } = useOptions();
  return {
    save: (draft) => act(`Saved ${draft.name}.`, () => api.background.saveRecord({ store: 'contacts', record: draft })),
    remove: (contact) =>
      void act(`Deleted ${contact.name}.`, () => api.background.deleteRecord({ store: 'contacts', id: contact.id })),
    merge: (keep, duplicate) =>
      void act(`Merged ${duplicate.name} into ${keep.name}.`, () =>
        api.background.mergeContacts({ keepId: keep.id, mergeId: duplicate.id }),
      ),
  };
}
