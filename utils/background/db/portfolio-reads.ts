import type { Touchpoint } from '../../shared/model';
import type { LensDB } from './schema';

/**
 * Touchpoints the portfolio needs without reading the whole history: those
 * since `since` (by the time index), plus each account's latest one.
 */
export async function recentTouchpoints(db: LensDB, since: string, accountIds: string[]): Promise<Touchpoint[]> {
  const tx = db.transaction('touchpoints');
  const recent = (await tx.store.index('byTime').getAll(IDBKeyRange.lowerBound(since))).filter((t) => !t.deletedAt);
  const covered = new Set(recent.map((t) => t.accountId));
  const latest = await Promise.all(
    accountIds
      .filter((id) => !covered.has(id))
      .map(async (id) => {
        let cursor = await tx.store
          .index('byAccountTime')
          .openCursor(IDBKeyRange.bound([id, ''], [id, '\uffff']), 'prev');
        while (cursor?.value.deletedAt) cursor = await cursor.continue();
        return cursor?.value;
      }),
  );
  return [...recent, ...latest.filter((t): t is Touchpoint => !!t)];
}
