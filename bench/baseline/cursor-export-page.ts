import type { AnyRecord, StoreName } from '../../utils/shared/model';
import type { LensDB } from '../../utils/background/db/schema';

/** The version `exportPage` replaced, kept to measure against it in the same run: a cursor step per record. */
export async function cursorExportPage(
  db: LensDB,
  store: StoreName,
  after: string | undefined,
  limit: number,
): Promise<{ records: AnyRecord[]; next?: string }> {
  const records: AnyRecord[] = [];
  let cursor = await db
    .transaction(store)
    .store.openCursor(after === undefined ? null : IDBKeyRange.lowerBound(after, true));
  while (cursor && records.length < limit) {
    records.push(cursor.value as AnyRecord);
    cursor = await cursor.continue();
  }
  return { records, ...(cursor ? { next: records.at(-1)!.id } : {}) };
}
