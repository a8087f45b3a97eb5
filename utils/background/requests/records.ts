import * as v from 'valibot';
import { filterContacts } from '../../shared/insights/contact-filter';
import { CONTACT_ROLES, STORE_NAMES } from '../../shared/model';
import { idSchema } from '../../shared/schemas';
import { loadDirectoryIndex } from '../db/lookup';
import { getAccountBundle, listLive } from '../db/reads';
import { mergeAccounts, mergeContacts, saveRecord, saveRecords, softDelete, undo } from '../db/writes';
import { defineRequest } from './define';
import { count, idPair, none, saveRecord as saveRecordData } from './schemas';

/** Reading and changing records, one user action at a time, each with its undo. */
export const recordRequests = {
  /** Options page: every live account, by name. */
  listAccounts: defineRequest({
    callers: ['options'],
    repeatable: true,
    data: none,
    handle: async (_, { services: s }) =>
      (await listLive(await s.db(), 'accounts')).sort((a, b) => a.name.localeCompare(b.name)),
  }),
  /** Options page: an account with its records; touchpoints newest first, at most `touchpointLimit` (200 unless asked). */
  getAccount: defineRequest({
    callers: ['options'],
    repeatable: true,
    data: v.strictObject({ id: idSchema, touchpointLimit: v.optional(count(1, 10_000)) }),
    handle: async ({ id, touchpointLimit }, { services: s }) => getAccountBundle(await s.db(), id, touchpointLimit),
  }),
  /** Options page: one page of the contacts list, filtered and sorted, with how many match in all. */
  listContacts: defineRequest({
    callers: ['options'],
    repeatable: true,
    data: v.strictObject({
      filter: v.strictObject({
        text: v.pipe(v.string(), v.maxLength(200)),
        accountId: v.union([v.literal('all'), idSchema]),
        role: v.picklist(['all', ...CONTACT_ROLES]),
        sort: v.picklist(['name', 'account', 'updated']),
      }),
      offset: v.pipe(v.number(), v.integer(), v.minValue(0)),
      limit: count(1, 500),
    }),
    handle: async ({ filter, offset, limit }, { services: s }) => {
      const db = await s.db();
      const directory = await s.memo.prepareDirectory(() => loadDirectoryIndex(db));
      const accountNames = new Map([...directory.byId].map(([id, account]) => [id, account.name]));
      const matching = filterContacts([...directory.contacts], accountNames, filter);
      return { contacts: matching.slice(offset, offset + limit), total: matching.length };
    },
  }),
  /** Sidebar (logging the page, quick adds, done, stage) and options page (the editors). */
  saveRecord: defineRequest({
    callers: ['sidebar', 'options'],
    data: saveRecordData,
    handle: async ({ store, record }, { services: s, afterWrite }) => {
      const result = await saveRecord(await s.db(), store, record, s.clock);
      afterWrite([{ store, id: result.record.id, after: result.record }]);
      return result;
    },
  }),
  /** Briefing card and popup: several records as one action (a meeting and its follow-ups): all saved or none, one undo. */
  saveRecords: defineRequest({
    callers: ['sidebar', 'briefing', 'popup'],
    data: v.strictObject({ records: v.pipe(v.array(saveRecordData), v.minLength(1), v.maxLength(20)) }),
    handle: async ({ records }, { services: s, afterWrite }) => {
      const result = await saveRecords(await s.db(), records, s.clock);
      afterWrite(result.records.map(({ store, record }) => ({ store, id: record.id, after: record })));
      return result;
    },
  }),
  /** Options page: to the trash, with its undo. */
  deleteRecord: defineRequest({
    callers: ['options'],
    data: v.strictObject({ store: v.picklist(STORE_NAMES), id: idSchema }),
    handle: async ({ store, id }, { services: s, afterWrite }) => {
      const { touched, ...result } = await softDelete(await s.db(), store, id, s.clock);
      afterWrite(touched);
      return result;
    },
  }),
  /** Every surface's Undo. */
  undo: defineRequest({
    callers: ['sidebar', 'briefing', 'popup', 'options'],
    data: v.strictObject({ undoId: idSchema }),
    handle: async ({ undoId }, { services: s, afterWrite }) => {
      const { touched, ...result } = await undo(await s.db(), undoId);
      afterWrite(touched);
      return result;
    },
  }),
  /** Options page: merge a duplicate account into the one kept (one action, one undo). */
  mergeAccounts: defineRequest({
    callers: ['options'],
    data: idPair,
    handle: async ({ keepId, mergeId }, { services: s, afterWrite }) => {
      const { touched, ...result } = await mergeAccounts(await s.db(), keepId, mergeId, s.clock);
      afterWrite(touched);
      return result;
    },
  }),
  /** Options page: merge a duplicate contact into the one kept (one action, one undo). */
  mergeContacts: defineRequest({
    callers: ['options'],
    data: idPair,
    handle: async ({ keepId, mergeId }, { services: s, afterWrite }) => {
      const { touched, ...result } = await mergeContacts(await s.db(), keepId, mergeId, s.clock);
      afterWrite(touched);
      return result;
    },
  }),
};
