import { useEffect, useRef, useState } from 'preact/hooks';
import type { BackgroundClient } from '../../../utils/protocol/api';
import { CONTACT_PAGE_SIZE, type ContactFilter } from '../../../utils/shared/insights/contact-filter';
import type { Contact } from '../../../utils/shared/model';

/** How long typing rests before the list is asked again. */
const SEARCH_PAUSE_MS = 150;

/** The rows shown and where they start: the range label follows what is shown, not what was asked. */
export type ContactsPage = { contacts: Contact[]; total: number; offset: number };

/**
 * One page of the contacts matching `filter`, asked again when the filter, the offset or `version` changes,
 * once typing rests. A slower answer to an older question never replaces a newer one.
 */
export function useContactsPage(
  background: BackgroundClient<'options'>,
  filter: ContactFilter,
  offset: number,
  version: number,
) {
  const [page, setPage] = useState<ContactsPage | null>(null);
  const [error, setError] = useState('');
  const asked = useRef(0);
  useEffect(() => {
    const ask = ++asked.current;
    const timer = setTimeout(() => {
      background.listContacts({ filter, offset, limit: CONTACT_PAGE_SIZE }).then(
        (next) => ask === asked.current && (setPage({ ...next, offset }), setError('')),
        (e: Error) => ask === asked.current && setError(`Could not read your contacts: ${e.message}`),
      );
    }, SEARCH_PAUSE_MS);
    return () => clearTimeout(timer);
  }, [filter, offset, version]);
  return { page, error };
}
