import * as v from 'valibot';
import { buildDemoPortfolio } from '../../shared/demo/portfolio';
import { matchExclusionSchema } from '../../shared/match/exclusions';
import { STORE_NAMES } from '../../shared/model';
import { idSchema } from '../../shared/schemas';
import { commitStaged, discardStaged, stageChunk, writeRecordSet } from '../db/bulk';
import { exportPage } from '../db/export-page';
import { countLive } from '../db/reads';
import { erasePermanently, listTrash, restoreFromTrash } from '../db/trash';
import { softDeleteAccounts } from '../db/writes';
import { DEMO_ACCOUNT_IDS } from '../../shared/demo/ids';
import { defineRequest } from './define';
import { count, none, stagedRecords, trashRef } from './schemas';

/** The whole book: demo data, backup pages, staged imports and the trash. Options page only. */
export const bookRequests = {
  /** Put the demo portfolio in place (replacing all data when `replace`). */
  loadDemoData: defineRequest({
    callers: ['options'],
    data: v.strictObject({ replace: v.boolean() }),
    handle: async ({ replace }, { services: s, dataReplaced }) => {
      const db = await s.db();
      await writeRecordSet(db, buildDemoPortfolio(s.clock.now()), { replace });
      dataReplaced();
      return countLive(db);
    },
  }),
  /**
   * The demo book's accounts, each with everything on it, to the trash: one action, one undo. The user's own
   * accounts and their records stay as they are.
   */
  removeDemoData: defineRequest({
    callers: ['options'],
    data: none,
    handle: async (_, { services: s, afterWrite }) => {
      const { touched, ...result } = await softDeleteAccounts(
        await s.db(),
        DEMO_ACCOUNT_IDS,
        { label: 'Removed the demo book', nothingMessage: 'There is no demo book to remove.' },
        s.clock,
      );
      afterWrite(touched);
      return result;
    },
  }),
  /** One page of a store's records (trash included), in id order, for a backup. */
  exportRecords: defineRequest({
    callers: ['options'],
    repeatable: true,
    data: v.strictObject({ store: v.picklist(STORE_NAMES), after: v.optional(idSchema), limit: count(1, 5000) }),
    handle: async ({ store, after, limit }, { services: s }) => exportPage(await s.db(), store, after, limit),
  }),
  /** A chunk of an import, into staging (live data untouched). */
  stageImport: defineRequest({
    callers: ['options'],
    data: stagedRecords,
    handle: async ({ importId, seq, store, records }, { services: s }) => (
      await stageChunk(await s.db(), importId, seq, store, records, s.clock.now()),
      null
    ),
  }),
  /**
   * Every staged chunk into the live stores, in one transaction (`replace`: a restore). A restore of a backup
   * that carries exclusions puts its "not this account" list in place once the records are in.
   */
  commitImport: defineRequest({
    callers: ['options'],
    data: v.strictObject({
      importId: idSchema,
      replace: v.boolean(),
      exclusions: v.optional(v.pipe(v.array(matchExclusionSchema), v.maxLength(100_000))),
    }),
    handle: async ({ importId, replace, exclusions }, { services: s, dataReplaced }) => {
      const counts = await commitStaged(await s.db(), importId, { replace });
      if (exclusions) await s.exclusionStore.replace(exclusions);
      dataReplaced();
      return counts;
    },
  }),
  discardImport: defineRequest({
    callers: ['options'],
    data: v.strictObject({ importId: idSchema }),
    handle: async ({ importId }, { services: s }) => (await discardStaged(await s.db(), importId), null),
  }),
  /** Deleted accounts, and contacts deleted on their own, newest first. */
  listTrash: defineRequest({
    callers: ['options'],
    repeatable: true,
    data: none,
    handle: async (_, { services: s }) => listTrash(await s.db()),
  }),
  restoreFromTrash: defineRequest({
    callers: ['options'],
    data: trashRef,
    handle: async ({ store, id }, { services: s, dataReplaced }) => {
      const restored = await restoreFromTrash(await s.db(), store, id, s.clock.now());
      dataReplaced();
      return { restored };
    },
  }),
  /** Erase a record (and an account's records) for good, with every copy kept for undo. */
  erasePermanently: defineRequest({
    callers: ['options'],
    data: trashRef,
    handle: async ({ store, id }, { services: s, dataReplaced }) => {
      const erased = await erasePermanently(await s.db(), store, id);
      dataReplaced();
      return { erased };
    },
  }),
};
