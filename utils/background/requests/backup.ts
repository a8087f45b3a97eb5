import * as v from 'valibot';
import { LensError } from '../../shared/errors';
import { timestamp } from '../../shared/schemas';
import { defineRequest } from './define';
import { count, none } from './schemas';

/** Far more than a whole book's bytes or records. */
const MAX_COUNT = Number.MAX_SAFE_INTEGER;

/** The scheduled backup's file, written by Chrome's offscreen document (utils/background/backup-file/). */
export const backupRequests = {
  /** The backup the document is to write: its time and the exclusions it carries; null when none waits. */
  scheduledBackupJob: defineRequest({
    callers: ['offscreen'],
    data: none,
    handle: async (_, { services: s }) => s.scheduledBackup.job(),
  }),
  /** The file is made (a blob URL of this extension, to download), or could not be, and why. */
  scheduledBackupFile: defineRequest({
    callers: ['offscreen'],
    data: v.union([
      v.strictObject({
        at: timestamp,
        url: v.pipe(v.string(), v.startsWith('blob:'), v.maxLength(300)),
        bytes: count(0, MAX_COUNT),
        records: count(0, MAX_COUNT),
      }),
      v.strictObject({ at: timestamp, failure: v.pipe(v.string(), v.maxLength(1000)) }),
    ]),
    handle: async (report, { services: s }) => {
      // Only a file of this extension is downloaded, never an address sent in.
      if ('url' in report && !report.url.startsWith(`blob:${s.identity.baseUrl}`))
        throw new LensError('invalid', 'The backup file must be one of Account Lens.');
      await s.scheduledBackup.fileMade(report);
      return null;
    },
  }),
};
