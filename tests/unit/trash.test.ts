import { beforeEach, describe, expect, it } from 'vitest';
import { writeRecordSet } from '../../utils/background/db/bulk';
import { getAccountBundle, listLive } from '../../utils/background/db/reads';
import type { LensDB } from '../../utils/background/db/schema';
import { erasePermanently, listTrash, purgeTrash, restoreFromTrash } from '../../utils/background/db/trash';
import { softDelete } from '../../utils/background/db/writes';
import { buildDemoPortfolio } from '../../utils/shared/demo/portfolio';
import { openTestDb, tickingClock } from './helpers';

const NOW = new Date('2026-11-24T12:00:00Z');
const portfolio = buildDemoPortfolio(NOW);
const northwind = portfolio.accounts.find((a) => a.name === 'Northwind Traders')!;
const contoso = portfolio.accounts.find((a) => a.name === 'Contoso Pharmaceuticals')!;
let db: LensDB;
const clock = tickingClock('2026-11-24T12:00:00.000Z');

beforeEach(async () => {
  db = await openTestDb();
  await writeRecordSet(db, portfolio, { replace: true });
});

describe('trash', () => {
  it('lists deleted accounts and contacts deleted on their own, and restores an account with what went with it', async () => {
    const before = await getAccountBundle(db, northwind.id);
    await softDelete(db, 'accounts', northwind.id, clock);
    const lena = portfolio.contacts.find((c) => c.name === 'Dr. Lena Hoffmann')!;
    await softDelete(db, 'contacts', lena.id, clock);
    expect((await listTrash(db)).map((t) => [t.store, 'name' in t.record ? t.record.name : ''])).toEqual([
      ['contacts', 'Dr. Lena Hoffmann'],
      ['accounts', 'Northwind Traders'],
    ]);
    const restored = await restoreFromTrash(db, 'accounts', northwind.id, NOW);
    const after = await getAccountBundle(db, northwind.id);
    expect(restored).toBe(
      1 +
        before!.contacts.length +
        before!.touchpoints.length +
        before!.tasks.length +
        before!.issues.length +
        before!.opportunities.length,
    );
    expect(after!.contacts.map((c) => c.id)).toEqual(before!.contacts.map((c) => c.id));
  });

  it('does not bring back a record deleted on its own earlier, with its account', async () => {
    const tom = portfolio.contacts.find((c) => c.name === 'Tom Becker')!;
    await softDelete(db, 'contacts', tom.id, clock);
    await softDelete(db, 'accounts', northwind.id, clock);
    await restoreFromTrash(db, 'accounts', northwind.id, NOW);
    expect((await getAccountBundle(db, northwind.id))!.contacts.map((c) => c.name)).not.toContain('Tom Becker');
  });

  it('erases an account and everything of it for good, including copies kept for undo', async () => {
    const { undoId } = await softDelete(db, 'accounts', contoso.id, clock);
    const erased = await erasePermanently(db, 'accounts', contoso.id);
    expect(erased).toBeGreaterThan(5);
    expect(await db.get('accounts', contoso.id)).toBeUndefined();
    expect((await db.getAll('contacts')).some((c) => c.accountId === contoso.id)).toBe(false);
    expect(await db.get('undo', undoId)).toBeUndefined();
    expect(JSON.stringify(await db.getAll('undo'))).not.toContain('contoso-pharma.com');
  });

  it('empties what was deleted more than 30 days ago, and keeps the rest', async () => {
    const old = tickingClock('2026-10-01T00:00:00.000Z');
    await softDelete(db, 'accounts', contoso.id, old);
    await softDelete(db, 'accounts', northwind.id, clock);
    const purged = await purgeTrash(db, NOW);
    expect(purged).toBeGreaterThan(5);
    expect(await db.get('accounts', contoso.id)).toBeUndefined();
    expect((await db.get('accounts', northwind.id))!.deletedAt).toBeTruthy();
    expect((await listLive(db, 'accounts')).length).toBe(portfolio.accounts.length - 2);
  });
});
