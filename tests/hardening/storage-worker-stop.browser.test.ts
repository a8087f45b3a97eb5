import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { syntheticPortfolio } from '../../utils/shared/demo/synthetic';
import { createBackup } from '../../utils/shared/io/backup';
import { STOPPED_WRITE_MESSAGE } from '../../utils/protocol/messaging';
import { STORE_NAMES } from '../../utils/shared/model';
import { requestFrom, startHarness, type Harness } from '../e2e/harness';
import { bundleForPage } from '../../bench/page/bundle';
import { countFigure } from './figures';
import { workerStops } from './worker-stops';

// The browser stops the extension's service worker in the middle of an import (DevTools protocol
// ServiceWorker.stopAllWorkers, as Chrome does to an idle or misbehaving worker). Afterwards the data must be
// all of the import or none of it, never half, and no staged rows may be left in the way.

const BOOK = syntheticPortfolio(
  { accounts: 300, contacts: 3_000, touchpoints: 3_000, tasks: 200, issues: 100, opportunities: 100 },
  new Date('2026-11-24T12:00:00Z'),
  7,
);
const BOOK_IDS = STORE_NAMES.flatMap((s) => BOOK[s].map((r) => r.id)).sort();

let h: Harness;
let page: Page;
let worker: Awaited<ReturnType<typeof workerStops>>;
let demoIds: string[];
const outcomes: Record<string, number> = {};

beforeAll(async () => {
  h = await startHarness();
  page = await h.context.newPage();
  await page.goto(h.extensionUrl('options.html'));
  worker = await workerStops(h, page);
  await resetToDemo();
  demoIds = await storedIds();
});
afterAll(async () => {
  console.info(`Worker stopped mid-import: ${JSON.stringify(outcomes)}`);
  await h?.close();
});

async function stopWorker(): Promise<void> {
  await worker.stop();
  countFigure('faults injected', 1);
}

async function resetToDemo(): Promise<void> {
  expect(await requestFrom(page, 'loadDemoData', { replace: true })).toMatchObject({ ok: true });
}

/** Every record id in the live stores (trash included), read back through the worker, which a message wakes. */
async function storedIds(): Promise<string[]> {
  const ids: string[] = [];
  for (const store of STORE_NAMES) {
    const reply = (await requestFrom(page, 'exportRecords', { store, limit: 5_000 })) as {
      ok: boolean;
      value: { records: Array<{ id: string }>; next?: string };
    };
    expect(reply.ok).toBe(true);
    expect(reply.value.next).toBeUndefined();
    ids.push(...reply.value.records.map((r) => r.id));
  }
  return ids.sort();
}

/** Rows in the import staging store, read straight from IndexedDB (an extension page shares the worker's origin). */
function stagedRows(): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('account-lens');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const count = db.transaction('staging').objectStore('staging').count();
          count.onsuccess = () => (db.close(), resolve(count.result));
          count.onerror = () => (db.close(), reject(count.error));
        };
      }),
  );
}

/** All of the import, or exactly what was there before: never a mix. */
async function expectAllOrNone(label: string): Promise<'all' | 'none'> {
  const ids = await storedIds();
  const outcome = ids.join() === BOOK_IDS.join() ? 'all' : ids.join() === demoIds.join() ? 'none' : 'half';
  if (outcome === 'half') {
    const fromBook = ids.filter((id) => BOOK_IDS.includes(id)).length;
    throw new Error(
      `${label}: half an import: ${fromBook} of ${BOOK_IDS.length} imported records, ${ids.length - fromBook} others`,
    );
  }
  outcomes[`${label}: ${outcome}`] = (outcomes[`${label}: ${outcome}`] ?? 0) + 1;
  return outcome;
}

describe('the worker stopped during a restore from the options page', () => {
  const file = join(mkdtempSync(join(tmpdir(), 'account-lens-restore-')), 'account-lens-backup.json');
  beforeAll(() => writeFileSync(file, JSON.stringify(createBackup(BOOK, new Date('2026-11-24T12:00:00Z')))));

  it.each([0.1, 0.45, 0.8])(
    'stopped once %s of the rows are staged: the page says what happened, and the data is all or none',
    async (point) => {
      await resetToDemo();
      await page.reload();
      await page.getByTestId('import-file').setInputFiles(file);
      await expect
        .poll(() => page.getByTestId('import-preview').textContent())
        .toContain(`accounts: ${BOOK.accounts.length}`);
      await page.getByTestId('import-confirm').click();
      await expect
        .poll(
          () =>
            page
              .locator('progress')
              .evaluate((p: HTMLProgressElement) => p.value)
              .catch(() => 1),
          { timeout: 30_000, interval: 5 },
        )
        .toBeGreaterThanOrEqual(point);
      await stopWorker();
      const status = page.getByTestId('data-status');
      await expect
        .poll(() => status.textContent(), { timeout: 30_000 })
        .toMatch(/Restored: 300 accounts|was restarting/);
      const shown = (await status.textContent())!;
      const outcome = await expectAllOrNone('restore from the page');
      // What the page says matches what happened: a stop (not a storage fault), which may have come after the save.
      expect(shown).toBe(
        outcome === 'all'
          ? `Restored: 300 accounts, 3000 contacts, 3000 touchpoints, 200 tasks.`
          : STOPPED_WRITE_MESSAGE,
      );
      await expect.poll(stagedRows).toBe(0);
    },
  );
});

describe('the worker stopped right after the page sent the final commit', () => {
  beforeAll(async () => {
    await page.reload();
    await page.evaluate((book) => ((globalThis as unknown as { book: unknown }).book = book), BOOK);
  });

  it.each([0, 5, 20, 50, 100, 200, 400, 800, 1_600, 3_200])(
    'stopped %s ms after commitImport was sent: all or none, and no staged rows left',
    async (delay) => {
      await resetToDemo();
      const importId = `stop-${delay}`;
      // Staged as the options page stages (chunks of 2,000), then the commit sent without waiting for its reply.
      await page.evaluate(
        async ({ importId, stores }) => {
          const book = (globalThis as unknown as { book: Record<string, unknown[]> }).book;
          const send = (type: string, data: unknown) =>
            chrome.runtime.sendMessage({ channel: 'account-lens/request', type, data });
          let seq = 0;
          for (const store of stores) {
            for (let i = 0; i < book[store]!.length; i += 2_000) {
              const reply = await send('stageImport', {
                importId,
                seq: seq++,
                store,
                records: book[store]!.slice(i, i + 2_000),
              });
              if (!reply?.ok) throw new Error(`staging failed: ${JSON.stringify(reply)}`);
            }
          }
          (globalThis as unknown as { commit: Promise<unknown> }).commit = send('commitImport', {
            importId,
            replace: true,
          }).then(
            // No reply at all is how Chrome sometimes reports a channel its worker stopped under; the page reads it as cut off too.
            (reply) =>
              reply === undefined ? 'cut off: no answer' : reply.ok ? 'committed' : `refused: ${JSON.stringify(reply)}`,
            (error) => `cut off: ${String(error)}`,
          );
        },
        { importId, stores: [...STORE_NAMES] },
      );
      if (delay) await new Promise((resolve) => setTimeout(resolve, delay));
      await stopWorker();
      const reply = await page.evaluate(() => (globalThis as unknown as { commit: Promise<string> }).commit);
      // Either it committed and answered, or the stop cut the reply off; never a refusal.
      expect(reply).toMatch(/^(committed|cut off)/);
      // The page does what the options page does on a failed commit: drop the staged rows.
      if (reply !== 'committed')
        expect(await requestFrom(page, 'discardImport', { importId })).toMatchObject({ ok: true });
      const outcome = await expectAllOrNone('commit');
      if (reply === 'committed') expect(outcome).toBe('all');
      await expect.poll(stagedRows).toBe(0);
    },
  );
});

/** The pages' own request sender, as the extension bundles it, run in the options page. */
interface SenderWindow {
  lensClient: typeof import('../../utils/protocol/client');
  /** Every request type the page sent, in order (resends included). */
  sends: string[];
  book: Record<string, unknown[]>;
}

describe("a request the stop cuts off, through the pages' own request sender", () => {
  beforeAll(async () => {
    await page.reload();
    await page.evaluate(
      await bundleForPage(join(__dirname, '..', '..', 'utils', 'protocol', 'client.ts'), 'lensClient'),
    );
    await page.evaluate(
      (book) => {
        const w = window as unknown as SenderWindow;
        w.sends = [];
        w.book = book;
        const send = chrome.runtime.sendMessage.bind(chrome.runtime) as (message: unknown) => Promise<unknown>;
        (chrome.runtime as { sendMessage: unknown }).sendMessage = (message: { type: string }) => (
          w.sends.push(message.type),
          send(message)
        );
      },
      BOOK as unknown as Record<string, unknown[]>,
    );
    // A book the worker takes a while to read back, so that a stop lands while it does.
    await resetToDemo();
    await stageBook('reads');
    await sendThrough('commitImport', { importId: 'reads', replace: true });
  });

  async function sendThrough(type: string, data: unknown): Promise<unknown> {
    return page.evaluate(([t, d]) => (window as unknown as SenderWindow).lensClient.request(t as never, d as never), [
      type,
      data,
    ] as const);
  }

  /** Stages the book (put in the page once) as the options page stages an import, in chunks of 2,000. */
  async function stageBook(importId: string): Promise<void> {
    await page.evaluate(
      async ({ importId, stores }) => {
        const { lensClient, book } = window as unknown as SenderWindow;
        let seq = 0;
        for (const store of stores)
          for (let i = 0; i < book[store]!.length; i += 2_000)
            await lensClient.request('stageImport', {
              importId,
              seq: seq++,
              store,
              records: book[store]!.slice(i, i + 2_000),
            } as never);
      },
      { importId, stores: [...STORE_NAMES] },
    );
  }

  /**
   * Sends a request through the page's sender to a stopped worker, and stops it again once the request has woken
   * it, while it answers: how the request ended, and how often it was sent.
   */
  async function sentThenStopped(type: string, data: unknown) {
    await worker.stop();
    await page.evaluate(() => ((window as unknown as SenderWindow).sends = []));
    const outcome = page.evaluate(
      ([t, d]) =>
        (window as unknown as SenderWindow).lensClient.request(t as never, d as never).then(
          () => ({ ok: true as const }),
          (e: { code: string; message: string }) => ({ ok: false as const, code: e.code, message: e.message }),
        ),
      [type, data] as const,
    );
    await worker.running();
    await stopWorker();
    const result = await outcome;
    return { ...result, sent: await page.evaluate(() => (window as unknown as SenderWindow).sends.length) };
  }

  it('a read is sent again by itself and answers, never failing as a storage fault', async () => {
    let resentAt = 0;
    for (let i = 1; i <= 10 && !resentAt; i++) {
      const read = await sentThenStopped('exportRecords', { store: 'touchpoints', limit: 5_000 });
      expect(read).toMatchObject({ ok: true });
      if (read.sent > 1) resentAt = i;
    }
    // It was cut off (else it would have gone once), and the resend is what answered it.
    expect(resentAt).toBeGreaterThan(0);
  });

  it('a write is never sent again: cut off, it fails as stopped (not storage), saying it may have been saved', async () => {
    let cutOffAt = 0;
    for (let i = 1; i <= 10 && !cutOffAt; i++) {
      await stageBook(`write-${i}`);
      const write = await sentThenStopped('commitImport', { importId: `write-${i}`, replace: true });
      expect(write.sent).toBe(1);
      if (write.ok) continue;
      expect(write).toEqual({ ok: false, code: 'stopped', message: STOPPED_WRITE_MESSAGE, sent: 1 });
      await sendThrough('discardImport', { importId: `write-${i}` });
      cutOffAt = i;
    }
    expect(cutOffAt).toBeGreaterThan(0);
    await expect.poll(stagedRows).toBe(0);
  });
});

describe('persistent storage', () => {
  it('the extension holds unlimitedStorage, the options page asks for persistent storage and says what the browser answered', async () => {
    const manifest = await page.evaluate(() => chrome.runtime.getManifest());
    expect(manifest.permissions).toContain('unlimitedStorage');
    await page.reload();
    const persisted = await page.evaluate(() => navigator.storage.persisted());
    await expect
      .poll(() => page.getByTestId('storage-persisted').textContent())
      .toBe(
        persisted
          ? 'Storage is persistent: the browser will not clear your data to free space. Uninstalling the extension still deletes it.'
          : 'The browser did not grant persistent storage. Chrome still keeps the data of an extension with unlimited storage, as Account Lens has, when space runs low; other browsers may not. Back up regularly.',
      );
    console.info(`Chromium granted persistent storage to the options page: ${persisted}`);
  });
});
