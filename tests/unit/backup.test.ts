import type { Runtime } from 'webextension-polyfill';
import { beforeEach, describe, expect, it } from 'vitest';
import { createHandler } from '../../utils/background/handler';
import { SCHEMA_VERSION } from '../../utils/background/db/migrations';
import { createBackup, parseBackup } from '../../utils/shared/io/backup';
import { importRecords, readAllRecords } from '../../utils/pages/backup-client';
import { csvCell, toCsv } from '../../utils/shared/io/csv-export';
import { backgroundClient, REQUEST_CHANNEL, type RequestMap, type RequestType } from '../../utils/protocol/messaging';
import { TEST_BASE_URL, TEST_EXTENSION_ID, testServices } from './test-services';

const options: Runtime.MessageSender = { id: TEST_EXTENSION_ID, url: `${TEST_BASE_URL}options.html` };
let call: <K extends RequestType>(type: K, data: RequestMap[K]['data']) => Promise<RequestMap[K]['reply']>;
/** The options page's client over `call`, as the backup code takes it. */
const optionsClient = backgroundClient<'options'>((type, data) => call(type, data));

beforeEach(async () => {
  const handle = createHandler(testServices());
  call = async (type, data) => {
    const reply = await handle({ channel: REQUEST_CHANNEL, type, data }, options);
    if (!reply.ok) throw new Error(reply.error.message);
    return reply.value as never;
  };
  await call('loadDemoData', { replace: true });
});

describe('backup', () => {
  it('export then import gives back exactly the same records, trash included', async () => {
    const accounts = await call('listAccounts', null);
    await call('deleteRecord', { store: 'accounts', id: accounts.find((a) => a.name === 'Coho Vineyard')!.id });
    const before = await readAllRecords(optionsClient);
    const text = JSON.stringify(createBackup(before, new Date('2026-11-24T12:00:00Z')));

    await call('loadDemoData', { replace: true });
    await importRecords(optionsClient, parseBackup(text), true);
    expect(await readAllRecords(optionsClient)).toEqual(before);
    expect((await call('listAccounts', null)).map((a) => a.name)).not.toContain('Coho Vineyard');
  });

  it('refuses a backup from a newer schema, a broken file and a wrong file, changing nothing', async () => {
    const records = await readAllRecords(optionsClient);
    const backup = createBackup(records, new Date());
    expect(() => parseBackup(JSON.stringify({ ...backup, schemaVersion: SCHEMA_VERSION + 1 }))).toThrow(
      /newer version of Account Lens/,
    );
    expect(() => parseBackup(JSON.stringify(backup).slice(0, 500))).toThrow(/backup is incomplete/);
    expect(() => parseBackup('Account ID,Account Name\n1,Acme\n')).toThrow(/not JSON/);
    expect(() => parseBackup('{"hello": "world"}')).toThrow(/not an Account Lens backup/);
    const orphan = { ...backup, records: { ...records, tasks: [{ ...records.tasks[0]!, accountId: 'nowhere' }] } };
    expect(() => parseBackup(JSON.stringify(orphan))).toThrow(
      /tasks #1: Points at an account that is not in the backup/,
    );
    const badDate = {
      ...backup,
      records: {
        ...records,
        accounts: [{ ...records.accounts[0]!, renewalDate: '2026-02-30' }, ...records.accounts.slice(1)],
      },
    };
    expect(() => parseBackup(JSON.stringify(badDate))).toThrow(/accounts #1: Expected a date as YYYY-MM-DD/);
    expect(await readAllRecords(optionsClient)).toEqual(records);
  });

  it('an import cut off before its commit leaves the live data untouched', async () => {
    const before = await readAllRecords(optionsClient);
    let staged = 0;
    const failing: typeof call = async (type, data) => {
      if (type === 'stageImport' && ++staged === 2) throw new Error('The worker stopped');
      return call(type, data);
    };
    await expect(
      importRecords(
        backgroundClient<'options'>(failing),
        { ...before, accounts: before.accounts.map((a) => ({ ...a, name: `${a.name} (changed)` })) },
        true,
      ),
    ).rejects.toThrow('The worker stopped');
    expect(await readAllRecords(optionsClient)).toEqual(before);
    await expect(call('commitImport', { importId: 'never-staged', replace: true })).rejects.toThrow(
      /Nothing was staged/,
    );
  });
});

describe('CSV export', () => {
  it.each([
    ['=HYPERLINK("http://x","y")', `"'=HYPERLINK(""http://x"",""y"")"`],
    ['+1 555 0100', "'+1 555 0100"],
    ['-12', "'-12"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['Northwind, Inc.', '"Northwind, Inc."'],
    ['line\nbreak', '"line\nbreak"'],
    ['plain', 'plain'],
  ])('%j becomes %j', (value, cell) => {
    expect(csvCell(value)).toBe(cell);
  });

  it('writes a header, one row per record, UTF-8 BOM and CRLF', () => {
    const csv = toCsv(
      [{ name: 'Bücher AG', value: 5 }],
      [
        { header: 'Name', value: (r) => r.name },
        { header: 'Value', value: (r) => r.value },
      ],
    );
    expect(csv).toBe('\ufeffName,Value\r\nBücher AG,5\r\n');
  });
});
