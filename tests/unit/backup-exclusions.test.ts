// @vitest-environment jsdom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createHandler } from '../../utils/background/handler';
import { createBackup, readBackup, type Backup } from '../../utils/shared/io/backup';
import { readAllRecords } from '../../utils/pages/backup-client';
import { optionsDataActions } from '../../utils/pages/options-data';
import { backgroundClient, REQUEST_CHANNEL, type RequestMap, type RequestType } from '../../utils/protocol/messaging';
import { TEST_BASE_URL, TEST_EXTENSION_ID, testServices } from './test-services';

/** "Not this account" exclusions in backups, through the options page's own backup and restore actions. */
const options = { id: TEST_EXTENSION_ID, url: `${TEST_BASE_URL}options.html` };
let call: <K extends RequestType>(type: K, data: RequestMap[K]['data']) => Promise<RequestMap[K]['reply']>;
/** The options page's client over `call`, as the backup code takes it. */
const optionsClient = backgroundClient<'options'>((type, data) => call(type, data));
let downloads: Blob[];

beforeEach(async () => {
  const handle = createHandler(testServices());
  // The options page's `request` goes through the browser's messaging; WXT's fake browser hands it to the handler.
  fakeBrowser.runtime.onMessage.addListener(
    (message: unknown, _sender: unknown, sendResponse: (reply: unknown) => void) => {
      void handle(message, options).then(sendResponse);
      return true;
    },
  );
  call = async (type, data) => {
    const reply = await handle({ channel: REQUEST_CHANNEL, type, data }, options);
    if (!reply.ok) throw new Error(reply.error.message);
    return reply.value as never;
  };
  downloads = [];
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => (downloads.push(blob as Blob), 'blob:backup'));
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
  await call('loadDemoData', { replace: true });
});

const listed = async () => (await call('listExclusions', null)).map((e) => e.exclusion);
async function restore(text: string) {
  const actions = optionsDataActions(() => undefined);
  const preview = await actions.preview([new File([text], 'account-lens-backup.json')]);
  if ('mappingNeeded' in preview) throw new Error('A backup needs no mapping.');
  await actions.commit(() => undefined);
  return preview;
}

describe('exclusions in backups', () => {
  it('"Back up now" writes them, and restoring the file brings them back', async () => {
    const [northwind, contoso] = await call('listAccounts', null);
    await call('excludeMatch', { name: 'Fischer, Lena', accountId: northwind!.id });
    await call('excludeMatch', { email: 'Ops@EU.northwind.com', accountId: contoso!.id });
    const before = await listed();
    expect(before).toHaveLength(2);

    await optionsDataActions(() => undefined).backUp();
    const text = await downloads[0]!.text();
    const backup = JSON.parse(text) as Backup;
    expect(backup.formatVersion).toBe(2);
    expect(backup.exclusions).toEqual(before);

    await call('includeMatch', before[0]!);
    await call('excludeMatch', { name: 'Someone Else', accountId: northwind!.id });
    const preview = await restore(text);
    expect(preview).toMatchObject({ replaces: true });
    expect(preview.counts).toContainEqual({ label: '"not this account" exclusions', count: 2 });
    expect(await listed()).toEqual(before);
  });

  it('a version 1 backup (no exclusions) restores, and keeps the exclusions already stored', async () => {
    const [northwind] = await call('listAccounts', null);
    await call('excludeMatch', { name: 'Fischer, Lena', accountId: northwind!.id });
    const records = await readAllRecords(optionsClient);
    const { formatVersion: _, exclusions: __, ...v1 } = createBackup(records, new Date('2026-11-24T12:00:00Z'));
    const text = JSON.stringify(v1);
    expect(readBackup(text)).toEqual({ records, exclusions: null });

    await call('loadDemoData', { replace: true });
    const preview = await restore(text);
    expect(preview.counts.map((c) => c.label)).not.toContain('"not this account" exclusions');
    expect(await readAllRecords(optionsClient)).toEqual(records);
    expect(await listed()).toEqual([{ name: 'Fischer, Lena', accountId: northwind!.id }]);
  });

  it('refuses a newer format and a bad exclusion, and leaves out one of an account not in the backup', async () => {
    const records = await readAllRecords(optionsClient);
    const accountId = records.accounts[0]!.id;
    const backup = createBackup(records, new Date(), [
      { email: 'ops@eu.northwind.com', accountId },
      { name: 'Lena Fischer', accountId: 'an-account-long-gone' },
    ]);
    expect(readBackup(JSON.stringify(backup)).exclusions).toEqual([{ email: 'ops@eu.northwind.com', accountId }]);
    expect(() => readBackup(JSON.stringify({ ...backup, formatVersion: 3 }))).toThrow(/newer version.*format 3/);
    const bad = { ...backup, exclusions: [{ email: 'not an address', accountId }] };
    expect(() => readBackup(JSON.stringify(bad))).toThrow(/exclusions #1: "not an address" is not an email address/);
    expect(() => readBackup(JSON.stringify({ ...backup, exclusions: 'all' }))).toThrow(/"exclusions" list/);
  });
});
