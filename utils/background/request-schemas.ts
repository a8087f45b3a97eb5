import * as v from 'valibot';
import type { RequestMap, RequestType } from '../protocol/messaging';
import { CONTACT_ROLES, STORE_NAMES } from '../shared/model';
import { storedRecordSchema } from '../shared/io/backup';
import { DRAFT_SCHEMAS, idSchema, pageContext } from '../shared/schemas';

const none = v.null();
const tabRef = v.strictObject({ tabId: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0))) });

const saveRecord = v.variant(
  'store',
  STORE_NAMES.map((store) => v.strictObject({ store: v.literal(store), record: DRAFT_SCHEMAS[store] })) as [
    v.StrictObjectSchema<{ store: v.LiteralSchema<'accounts', undefined>; record: typeof DRAFT_SCHEMAS.accounts }, undefined>,
  ],
);

const stagedRecords = v.variant(
  'store',
  STORE_NAMES.map((store) =>
    v.strictObject({ importId: idSchema, seq: v.pipe(v.number(), v.integer(), v.minValue(0)), store: v.literal(store), records: v.pipe(v.array(storedRecordSchema(store)), v.maxLength(2000)) }),
  ) as unknown as Parameters<typeof v.variant<"store", v.VariantOptions<"store">>>[1],
);

/** The data each request must carry. A request whose data fails its schema is refused before anything runs. */
export const REQUEST_SCHEMAS: { [K in RequestType]: v.GenericSchema<unknown, RequestMap[K]['data']> } = {
  ping: none,
  reportPageContext: v.strictObject({
    context: v.nullable(pageContext),
    misses: v.optional(v.pipe(v.array(v.strictObject({ view: v.pipe(v.string(), v.maxLength(40)), part: v.pipe(v.string(), v.maxLength(40)) })), v.maxLength(20))),
  }) as v.GenericSchema<unknown, RequestMap['reportPageContext']['data']>,
  getTabContext: tabRef,
  resolveTabContext: tabRef,
  getTabAccounts: tabRef,
  setSidebarState: v.strictObject({ state: v.picklist(['expanded', 'collapsed']) }),
  setFrameHeight: v.strictObject({ frame: v.literal('briefing'), height: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(4000)) }),
  excludeMatch: v.strictObject({ email: v.pipe(v.string(), v.maxLength(320)), accountId: idSchema }),
  warmSearch: none,
  search: v.strictObject({
    query: v.pipe(v.string(), v.maxLength(200)),
    limit: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(50))),
  }),
  listAccounts: none,
  getAccount: v.strictObject({ id: idSchema, touchpointLimit: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(10_000))) }),
  listContacts: v.strictObject({
    filter: v.strictObject({
      text: v.pipe(v.string(), v.maxLength(200)),
      accountId: v.union([v.literal('all'), idSchema]),
      role: v.picklist(['all', ...CONTACT_ROLES]),
      sort: v.picklist(['name', 'account', 'updated']),
    }),
    offset: v.pipe(v.number(), v.integer(), v.minValue(0)),
    limit: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(500)),
  }),
  saveRecord: saveRecord as unknown as v.GenericSchema<unknown, RequestMap['saveRecord']['data']>,
  saveRecords: v.strictObject({ records: v.pipe(v.array(saveRecord), v.minLength(1), v.maxLength(20)) }) as unknown as v.GenericSchema<unknown, RequestMap['saveRecords']['data']>,
  deleteRecord: v.strictObject({ store: v.picklist(STORE_NAMES), id: idSchema }),
  undo: v.strictObject({ undoId: idSchema }),
  mergeAccounts: v.strictObject({ keepId: idSchema, mergeId: idSchema }),
  mergeContacts: v.strictObject({ keepId: idSchema, mergeId: idSchema }),
  exportRecords: v.strictObject({ store: v.picklist(STORE_NAMES), after: v.optional(idSchema), limit: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(5000)) }),
  stageImport: stagedRecords as unknown as v.GenericSchema<unknown, RequestMap['stageImport']['data']>,
  commitImport: v.strictObject({ importId: idSchema, replace: v.boolean() }),
  discardImport: v.strictObject({ importId: idSchema }),
  loadDemoData: v.strictObject({ replace: v.boolean() }),
  getStats: none,
  getDue: none,
  getPortfolio: none,
  listTrash: none,
  restoreFromTrash: v.strictObject({ store: v.picklist(['accounts', 'contacts']), id: idSchema }),
  erasePermanently: v.strictObject({ store: v.picklist(['accounts', 'contacts']), id: idSchema }),
  getDetectionReport: none,
};

export function isRequestType(type: unknown): type is RequestType {
  return typeof type === 'string' && Object.hasOwn(REQUEST_SCHEMAS, type);
}
