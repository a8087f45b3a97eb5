import { describe, expect, it } from 'vitest';
import { exportPage } from '../../utils/background/db/export-page';
import type { AnyRecord } from '../../utils/shared/model';
import { openTestDb, seedAccount, tickingClock } from './helpers';

describe('paged export', () => {
  it('walks a store in id order, page by page, and says when nothing follows', async () => {
    const db = await openTestDb();
    for (let i = 0; i < 7; i++)
      await seedAccount(db, tickingClock(), { name: `Account ${i}`, domains: [`a${i}.example`] });
    const seen: AnyRecord[] = [];
    const nexts: Array<string | undefined> = [];
    let after: string | undefined;
    do {
      const page = await exportPage(db, 'accounts', after, 3);
      seen.push(...page.records);
      nexts.push(page.next);
      after = page.next;
    } while (after);
    expect(seen.map((r) => r.id)).toEqual((await db.getAll('accounts')).map((r) => r.id));
    expect(seen).toHaveLength(7);
    // 3 + 3 + 1: the last page says nothing follows.
    expect(nexts.map(Boolean)).toEqual([true, true, false]);
  });

  it('ends on a full last page without an empty extra one', async () => {
    const db = await openTestDb();
    for (let i = 0; i < 4; i++)
      await seedAccount(db, tickingClock(), { name: `Account ${i}`, domains: [`b${i}.example`] });
    const first = await exportPage(db, 'accounts', undefined, 2);
    const second = await exportPage(db, 'accounts', first.next, 2);
    expect(second.records).toHaveLength(2);
    expect(second.next).toBeUndefined();
  });
});
