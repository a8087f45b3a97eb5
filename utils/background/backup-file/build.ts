import type { MatchExclusion } from '../../shared/match/exclusions';
import type { StoreName } from '../../shared/model';
import { backupTextParts, listItems } from '../../shared/io/backup-text';
import { exportPage } from '../db/export-page';
import type { LensDB } from '../db/schema';

/** Records per read, as "Back up now" reads them. */
const PAGE = 2000;

/**
 * Stores are read children first, accounts last: a record added while the backup runs then finds its
 * account in the file, so the file still restores (a restore refuses records whose account is missing).
 */
const READ_ORDER: readonly StoreName[] = ['contacts', 'touchpoints', 'tasks', 'issues', 'opportunities', 'accounts'];

/**
 * The whole backup (trash included) as a Blob, in the format of "Back up now", read a page at a time. Each
 * page's text becomes a Blob at once, so neither the book nor its text is ever held whole: Chrome keeps a
 * Blob's bytes outside the page, on disk when they are many.
 */
export async function buildBackupBlob(
  db: LensDB,
  at: Date,
  exclusions: MatchExclusion[],
  pageSize = PAGE,
): Promise<{ blob: Blob; records: number }> {
  const lists = new Map<StoreName, Blob>();
  let records = 0;
  for (const store of READ_ORDER) {
    const parts: BlobPart[] = ['['];
    let after: string | undefined;
    do {
      const page = await exportPage(db, store, after, pageSize);
      if (page.records.length) parts.push(parts.length > 1 ? ',' : '', new Blob([listItems(page.records)]));
      records += page.records.length;
      after = page.next;
    } while (after);
    parts.push(']');
    lists.set(store, new Blob(parts));
  }
  const text = backupTextParts(at, exclusions, (store) => lists.get(store)!);
  return { blob: new Blob(text, { type: 'application/json' }), records };
}
