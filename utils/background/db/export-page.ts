import type { AnyRecord, StoreName } from '../../shared/model';
import type { LensDB } from './schema';

/**
 * One page of a store in id order, trash included, for a backup: a single
 * getAll of `limit + 1` records (the extra one only says whether more follow),
 * rather than a cursor step, and a round trip to the browser, per record.
 */
export async function exportPage(
  db: LensDB,
  store: StoreName,
  after: string | undefined,
  limit: number,
): Promise<{ records: AnyRecord[]; next?: string }> {
  const range = after === undefined ? null : IDBKeyRange.lowerBound(after, true);
  const found = (await db.transaction(store).store.getAll(range, limit + 1)) as AnyRecord[];
  const records = found.slice(0, limit);
  return { records, ...(found.length > limit ? { next: records.at(-1)!.id } : {}) };
}
