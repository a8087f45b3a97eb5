import { resolveObjectURL } from 'node:buffer';
import { beforeEach, describe, expect, it } from 'vitest';
import { buildBackupBlob } from '../../utils/background/backup-file/build';
import { writeScheduledBackup } from '../../utils/background/backup-file/offscreen-document';
import { createHandler } from '../../utils/background/handler';
import type { LensDB } from '../../utils/background/db/schema';
import { softDelete } from '../../utils/background/db/writes';
import { createScheduledBackup, type ScheduledBackupPorts } from '../../utils/background/scheduled-backup/run';
import { storedExclusions } from '../../utils/background/tab-state';
import { readAllRecords } from '../../utils/pages/backup-client';
import type { BackgroundClient, Requester } from '../../utils/protocol/api';
import { backgroundClient } from '../../utils/protocol/client';
import { REQUEST_CHANNEL, RequestFailed } from '../../utils/protocol/wire';
import { createBackup, readBackup } from '../../utils/shared/io/backup';
import { lastBackupItem } from '../../utils/settings/last-backup';
import { tickingClock } from './helpers';
import { callerOf, TEST_BASE_URL, TEST_SENDERS, testServices } from './test-services';

const AT = new Date('2026-11-24T09:00:00.000Z');
let handle: ReturnType<typeof createHandler>;
let call: ReturnType<typeof callerOf>;
let db: LensDB;
/** A client as the options page (or the offscreen document) has it, over the real handler. */
const clientAs =
  (sender: keyof typeof TEST_SENDERS): Requester =>
  (type, data) =>
    call(type, data, TEST_SENDERS[sender]);

beforeEach(async () => {
  const services = testServices();
  handle = createHandler(services);
  call = callerOf(handle);
  db = await services.db();
  await call('loadDemoData', { replace: true }, TEST_SENDERS.options);
});

/**
 * The offscreen document's client over the real handler. Node names its blob URLs `blob:nodedata:…`, where
 * the browser names them by the extension's origin: the report is given the browser's name, and the
 * downloads fake reads the file back by Node's (`nodeFile`).
 */
function offscreenClient(send: Requester = clientAs('offscreen')): BackgroundClient<'offscreen'> {
  return backgroundClient<'offscreen'>((type, data) =>
    send(
      type,
      data && typeof data === 'object' && 'url' in data
        ? { ...data, url: data.url.replace('blob:nodedata:', `blob:${TEST_BASE_URL}`) }
        : data,
    ),
  );
}
const nodeFile = (url: string) => resolveObjectURL(url.replace(`blob:${TEST_BASE_URL}`, 'blob:nodedata:'))!.text();

/** The text "Back up now" downloads (utils/pages/options-data.ts), for the same records. */
async function backUpNowText(): Promise<string> {
  const request = clientAs('options');
  const [records, exclusions] = await Promise.all([
    readAllRecords(backgroundClient<'options'>(request)),
    request('listExclusions', null),
  ]);
  const backup = createBackup(
    records,
    AT,
    exclusions.map((e) => e.exclusion),
  );
  return JSON.stringify(backup);
}

describe('the backup file, written a page at a time', () => {
  it('is, byte for byte, what "Back up now" writes for the same records, trash and exclusions included', async () => {
    const [coho] = (await db.getAll('accounts')).filter((a) => a.name === 'Coho Vineyard');
    await softDelete(db, 'accounts', coho!.id, tickingClock());
    await storedExclusions.store.add({ name: 'Fischer, Lena', accountId: coho!.id });
    const exclusions = await storedExclusions.store.list();
    const expected = await backUpNowText();
    // Pages of 7 records: every store spans several pages, with a short last one.
    for (const pageSize of [7, 2000]) {
      const { blob, records } = await buildBackupBlob(db, AT, exclusions, pageSize);
      expect(await blob.text()).toBe(expected);
      expect(records).toBe(Object.values(JSON.parse(expected).records as Record<string, unknown[]>).flat().length);
    }
    // And the restore reads it back.
    const read = readBackup(await (await buildBackupBlob(db, AT, exclusions, 7)).blob.text());
    expect(read.records).toEqual(await readAllRecords(backgroundClient<'options'>(clientAs('options'))));
    expect(read.records.accounts.find((a) => a.id === coho!.id)?.deletedAt).toBeTruthy();
    expect(read.exclusions).toEqual(exclusions);
  });

  it('is the same for an empty book', async () => {
    await Promise.all(
      ['accounts', 'contacts', 'touchpoints', 'tasks', 'issues', 'opportunities'].map((s) => db.clear(s as never)),
    );
    const { blob, records } = await buildBackupBlob(db, AT, [], 3);
    expect(await blob.text()).toBe(await backUpNowText());
    expect(records).toBe(0);
  });
});

describe("Chrome's offscreen document", () => {
  /** The worker's scheduled backup behind the handler, with a download that completes at once. */
  function scheduledBehindHandler() {
    const downloaded: string[] = [];
    const ports: ScheduledBackupPorts = {
      schedule: async () => 'daily',
      mayDownload: async () => true,
      exclusions: storedExclusions.store.list,
      file: { make: async () => null, making: async () => true, release: async () => undefined },
      download: async (url) => downloaded.push(url),
      findDownload: async () => ({ id: 1, state: 'complete' }),
      announce: async () => undefined,
    };
    const backup = createScheduledBackup(ports, () => AT);
    handle = createHandler(testServices({ db: async () => db, scheduledBackup: backup }));
    call = callerOf(handle);
    return { backup, downloaded };
  }

  it('asks for its job, writes the file from the database and reports it, and the worker downloads it', async () => {
    const { backup, downloaded } = scheduledBehindHandler();
    await storedExclusions.store.add({ email: 'ana@example.com', accountId: (await db.getAll('accounts'))[0]!.id });
    expect(await backup.run()).toBe('started');
    await writeScheduledBackup(offscreenClient(), async () => db);
    expect(downloaded).toHaveLength(1);
    expect(downloaded[0]!.startsWith(`blob:${TEST_BASE_URL}`)).toBe(true);
    expect(await nodeFile(downloaded[0]!)).toBe(await backUpNowText());
    expect(await lastBackupItem.getValue()).toBe(AT.toISOString());
  });

  it('sends each request again when the worker did not answer it (stopped meanwhile)', async () => {
    const { backup, downloaded } = scheduledBehindHandler();
    await backup.run();
    const send = clientAs('offscreen');
    const unanswered = new Set(['scheduledBackupJob', 'scheduledBackupFile']);
    const flaky: Requester = async (type, data) => {
      if (unanswered.delete(type)) throw new RequestFailed('storage', 'stopped');
      return send(type, data);
    };
    await writeScheduledBackup(offscreenClient(flaky), async () => db);
    expect(downloaded).toHaveLength(1);
  });

  it('does nothing when no backup waits', async () => {
    const { downloaded } = scheduledBehindHandler();
    await writeScheduledBackup(offscreenClient(), async () => db);
    expect(downloaded).toEqual([]);
  });

  it('alone may ask for the job or report a file, and only a file of this extension is downloaded', async () => {
    const { backup, downloaded } = scheduledBehindHandler();
    await backup.run();
    const report = { at: AT.toISOString(), url: `blob:${TEST_BASE_URL}x`, bytes: 1, records: 1 };
    await expect(call('scheduledBackupJob', null, TEST_SENDERS.options)).rejects.toThrow(/may not ask/);
    await expect(call('scheduledBackupFile', report, TEST_SENDERS.sidebar)).rejects.toThrow(/may not ask/);
    // The same page opened in a tab is not the offscreen document.
    const inTab = { ...TEST_SENDERS.offscreen, tab: { id: 5 } as never };
    await expect(call('scheduledBackupJob', null, inTab)).rejects.toThrow(/only from Account Lens/);
    await expect(
      call('scheduledBackupFile', { ...report, url: 'blob:https://evil.example/x' }, TEST_SENDERS.offscreen),
    ).rejects.toThrow(/must be one of Account Lens/);
    expect(downloaded).toEqual([]);
    const reply = await handle(
      { channel: REQUEST_CHANNEL, type: 'scheduledBackupFile', data: report },
      TEST_SENDERS.offscreen,
    );
    expect(reply).toEqual({ ok: true, value: null });
    expect(downloaded).toEqual([report.url]);
  });
});
