import * as v from 'valibot';
import { addKeys, declinedAutoLogItem } from '../../settings/auto-log';
import { trashAutomaticEntries } from '../db/writes';
import { defineRequest } from './define';
import { idSchema } from '../../shared/schemas';

/** Automatic logging: what the user takes back. */
export const autoLogRequests = {
  /**
   * Sidebar: the Undo of the "logged automatically" mark. The page's automatic entries go to the trash (one
   * action, with its own undo), and their messages are never logged automatically again.
   */
  takeBackAutoLog: defineRequest({
    callers: ['sidebar'],
    data: v.strictObject({ ids: v.pipe(v.array(idSchema), v.minLength(1), v.maxLength(200)) }),
    handle: async ({ ids }, { services: s, afterWrite }) => {
      const { touched, sourceKeys, undoId } = await trashAutomaticEntries(await s.db(), ids, s.clock);
      await addKeys(declinedAutoLogItem, sourceKeys);
      afterWrite(touched);
      return { undoId, count: sourceKeys.length };
    },
  }),
};
