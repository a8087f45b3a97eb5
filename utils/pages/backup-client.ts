import type { MatchExclusion } from '../shared/match/exclusions';
import type { RecordSet, RecordTypes, StoreName } from '../shared/model';
import type { BackgroundClient } from '../protocol/messaging';
import { STORE_NAMES, type AnyRecord } from '../shared/model';

const PAGE = 2000;

/** Reads every store page by page (a message is size-capped), trash included. */
export async function readAllRecords(background: BackgroundClient<'options'>): Promise<RecordSet> {
  const all = async <S extends StoreName>(store: S): Promise<RecordTypes[S][]> => {
    const records: RecordTypes[S][] = [];
    let after: string | undefined;
    do {
      const page = await background.exportRecords({ store, limit: PAGE, ...(after ? { after } : {}) });
      records.push(...(page.records as RecordTypes[S][]));
      after = page.next;
    } while (after);
    return records;
  };
  // One store after another: each page is a message, and the worker answers them in order anyway.
  const accounts = await all('accounts');
  const contacts = await all('contacts');
  const touchpoints = await all('touchpoints');
  const tasks = await all('tasks');
  const issues = await all('issues');
  const opportunities = await all('opportunities');
  return { accounts, contacts, touchpoints, tasks, issues, opportunities };
}

/**
 * Sends records to the background in chunks into staging, then commits them
 * in one transaction. If anything fails before the commit, the staged rows
 * are dropped and the live data was never touched. `exclusions` (a backup's
 * "not this account" list) replace the stored ones with the commit; null or
 * absent leaves them as they are.
 */
export async function importRecords(
  background: BackgroundClient<'options'>,
  records: RecordSet,
  replace: boolean,
  onProgress: (done: number, total: number) => void = () => undefined,
  exclusions?: MatchExclusion[] | null,
) {
  const importId = crypto.randomUUID();
  const total = STORE_NAMES.reduce((sum, store) => sum + records[store].length, 0);
  let done = 0;
  let seq = 0;
  try {
    for (const store of STORE_NAMES) {
      const list = records[store] as AnyRecord[];
      for (let i = 0; i < list.length; i += PAGE) {
        const chunk = list.slice(i, i + PAGE);
        await background.stageImport({ importId, seq: seq++, store, records: chunk });
        done += chunk.length;
        onProgress(done, total);
      }
    }
    return await background.commitImport({ importId, replace, ...(exclusions ? { exclusions } : {}) });
  } catch (error) {
    await background.discardImport({ importId }).catch(() => undefined);
    throw error;
  }
}
