import { useEffect, useState } from 'preact/hooks';
import type { TabAccounts } from '../../utils/protocol/wire';
import type { SidebarApi } from './api';

/**
 * Whether the book holds no account at all, asked only while no account matched here (`isBookEmpty`), again
 * whenever the tab's data changes. False until known: the sidebar then says only that nothing matched.
 */
export function useBookEmpty(api: SidebarApi, current: TabAccounts | null): boolean {
  const [empty, setEmpty] = useState(false);
  const noMatch = current !== null && !current.resolution?.accounts.length;
  useEffect(() => {
    if (!noMatch) return setEmpty(false);
    let live = true;
    api.background.isBookEmpty(null).then(
      ({ empty }) => live && setEmpty(empty),
      () => undefined,
    );
    return () => void (live = false);
  }, [current]);
  return empty;
}
