import * as v from 'valibot';
import { storedRecordSchema } from '../../shared/io/backup';
import type { StoreName } from '../../shared/model';
import { DRAFT_SCHEMAS, idSchema } from '../../shared/schemas';

/** Shapes several requests share. */
export const none = v.null();
export const count = (min: number, max: number) => v.pipe(v.number(), v.integer(), v.minValue(min), v.maxValue(max));
export const idPair = v.strictObject({ keepId: idSchema, mergeId: idSchema });
export const trashRef = v.strictObject({ store: v.picklist(['accounts', 'contacts']), id: idSchema });

/** One record to save, checked against its store's draft schema. */
export const saveRecord = v.variant('store', [
  v.strictObject({ store: v.literal('accounts'), record: DRAFT_SCHEMAS.accounts }),
  v.strictObject({ store: v.literal('contacts'), record: DRAFT_SCHEMAS.contacts }),
  v.strictObject({ store: v.literal('touchpoints'), record: DRAFT_SCHEMAS.touchpoints }),
  v.strictObject({ store: v.literal('tasks'), record: DRAFT_SCHEMAS.tasks }),
  v.strictObject({ store: v.literal('issues'), record: DRAFT_SCHEMAS.issues }),
  v.strictObject({ store: v.literal('opportunities'), record: DRAFT_SCHEMAS.opportunities }),
]);

const staged = <S extends StoreName, R extends v.GenericSchema>(store: S, record: R) =>
  v.strictObject({
    importId: idSchema,
    seq: v.pipe(v.number(), v.integer(), v.minValue(0)),
    store: v.literal(store),
    records: v.pipe(v.array(record), v.maxLength(2000)),
  });

/** A chunk of an import, every record as stored (ids and timestamps required). */
export const stagedRecords = v.variant('store', [
  staged('accounts', storedRecordSchema('accounts')),
  staged('contacts', storedRecordSchema('contacts')),
  staged('touchpoints', storedRecordSchema('touchpoints')),
  staged('tasks', storedRecordSchema('tasks')),
  staged('issues', storedRecordSchema('issues')),
  staged('opportunities', storedRecordSchema('opportunities')),
]);
