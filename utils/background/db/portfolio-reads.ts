import { countsAsContact } from '../../shared/insights/health';
import type { Touchpoint } from '../../shared/model';
import type { LensDB } from './schema';

/**
 * Touchpoints the portfolio needs without reading the whole history: those since `since` (by the time
 * index), plus, for each account with no contact in that window, its latest touchpoint that counts as
 * contact (notes and meetings not yet held do not), so "last contact" is never missed or moved forward.
 */
export async function recentTouchpoints(
  db: LensDB,
  since: string,
  accountIds: string[],
  now: Date,
): Promise<Touchpoint[]> {
  const tx = db.transaction('touchpoints');
  const recent = (await tx.store.index('byTime').getAll(IDBKeyRange.lowerBound(since))).filter((t) => !t.deletedAt);
  const covered = new Set(recent.filter((t) => countsAsContact(t, now)).map((t) => t.accountId));
  const latest = await Promise.all(
    accountIds
      .filter((id) => !covered.has(id))
      .map(async (id) => {
        let cursor = await tx.store
          .index('byAccountTime')
          .openCursor(IDBKeyRange.bound([id, ''], [id, '\uffff']), 'prev');
        while (cursor && !countsAsContact(cursor.value, now)) cursor = await cursor.continue();
        return cursor?.value;
      }),
  );
  const inWindow = new Set(recent.map((t) => t.id));
  return [...recent, ...latest.filter((t): t is Touchpoint => !!t && !inWindow.has(t.id))];
}
