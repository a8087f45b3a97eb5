import type { Runtime } from 'webextension-polyfill';
import { it } from 'vitest';
import { createHandler } from '../utils/background/handler';
import { importRecords, readAllRecords } from '../utils/pages/backup-client';
import { parseCsv } from '../utils/shared/io/csv/parse';
import { planImport } from '../utils/shared/io/csv/plan';
import { backgroundClient, REQUEST_CHANNEL, type RequestMap, type RequestType } from '../utils/protocol/messaging';
import { TEST_BASE_URL, TEST_EXTENSION_ID, testServices } from '../tests/unit/test-services';
import { publish } from './report';
import { summarize } from './stats';

const SCALE = Number(process.env.BENCH_SCALE ?? 1);
const ROWS = Math.round(20_000 * SCALE);

/** A 20,000-row HubSpot contacts export: parse, plan (the preview) and commit through staging, end to end through the handler. */
it('CSV import of 20,000 rows', async () => {
  globalThis.indexedDB = new (await import('fake-indexeddb')).IDBFactory();
  const handle = createHandler(testServices());
  const sender: Runtime.MessageSender = { id: TEST_EXTENSION_ID, url: `${TEST_BASE_URL}options.html` };
  const call = async <K extends RequestType>(type: K, data: RequestMap[K]['data']): Promise<RequestMap[K]['reply']> => {
    const reply = await handle({ channel: REQUEST_CHANNEL, type, data }, sender);
    if (!reply.ok) throw new Error(reply.error.message);
    return reply.value as RequestMap[K]['reply'];
  };
  const options = backgroundClient<'options'>(call);
  await options.loadDemoData({ replace: true });
  const companies = `Record ID,Company name,Company Domain Name\n${Array.from({ length: 200 }, (_, i) => `${i},Company ${i},company-${i}.com`).join('\n')}\n`;
  const contacts = `Record ID,First Name,Last Name,Email,Job Title,Associated Company,Associated Company IDs\n${Array.from({ length: ROWS }, (_, i) => `${i},First${i},"Last, ${i}",person${i}@company-${i % 200}.com,Buyer,,${i % 200}`).join('\n')}\n`;

  const t0 = performance.now();
  const tables = [parseCsv('companies.csv', companies), parseCsv('contacts.csv', contacts)];
  const t1 = performance.now();
  const stored = await readAllRecords(options);
  const plan = planImport(tables, { accounts: stored.accounts, contacts: stored.contacts }, new Date());
  const t2 = performance.now();
  const counts = await importRecords(options, plan.records, false);
  const t3 = performance.now();
  if (counts.contacts !== ROWS) throw new Error(`expected ${ROWS} contacts, wrote ${counts.contacts}`);
  const one = (ms: number) => summarize([ms]);
  publish(`Import (Node, fake IndexedDB)${SCALE === 1 ? '' : `, scale ${SCALE}`}`, [
    { name: `parse ${ROWS} CSV rows (papaparse)`, ...one(t1 - t0) },
    { name: 'plan the preview against stored data', ...one(t2 - t1) },
    { name: 'stage in chunks and commit in one transaction', ...one(t3 - t2) },
    { name: `preview and commit of ${ROWS} rows, in all`, ...one(t3 - t0), budgetMs: 10_000 },
  ]);
}, 300_000);
