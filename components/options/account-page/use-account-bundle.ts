import { useEffect, useState } from 'preact/hooks';
import type { BackgroundClient } from '../../../utils/protocol/api';
import type { AccountBundle } from '../../../utils/shared/model';

/**
 * An account with its records, touchpoints newest first (at most `limit`), read again whenever `id`, `limit`
 * or `version` changes. `bundle` is undefined while the first read runs, null when there is no such account.
 */
export function useAccountBundle(background: BackgroundClient<'options'>, id: string, limit: number, version: number) {
  const [bundle, setBundle] = useState<AccountBundle | null | undefined>(undefined);
  const [error, setError] = useState('');
  useEffect(() => {
    let current = true;
    background.getAccount({ id, touchpointLimit: limit }).then(
      (next) => current && (setBundle(next), setError('')),
      (e: Error) => current && setError(`Could not read this account: ${e.message}`),
    );
    return () => void (current = false);
  }, [id, limit, version]);
  return { bundle, error };
}
