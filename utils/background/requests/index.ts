import { autoLogRequests } from './auto-log';
import { backupRequests } from './backup';
import { bookRequests } from './book';
import { draftRequests } from './drafts';
import { overviewRequests } from './overview';
import { pageRequests } from './page';
import { recordRequests } from './records';
import { searchRequests } from './search';

/**
 * Every request the background answers, each defined once (callers, data schema, handler) in the file of
 * its kind. Types, each caller's client and the allow-list all derive from this map.
 */
export const requests = {
  ...overviewRequests,
  ...pageRequests,
  ...draftRequests,
  ...autoLogRequests,
  ...searchRequests,
  ...recordRequests,
  ...bookRequests,
  ...backupRequests,
};
export type Requests = typeof requests;
