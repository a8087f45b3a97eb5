import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { seededUuid } from '../../utils/shared/demo/portfolio';
import { ACCOUNT_STATUSES, CONTACT_ROLES, STORE_NAMES, TIERS, type StoreName } from '../../utils/shared/model';
import { pick, seededRandom } from '../../utils/shared/random';
import { startHarness, type Harness } from '../e2e/harness';
import { countFigure } from './figures';
import { workerStops } from './worker-stops';
import { differences, Model, type Outcome, type Rec } from './soak-model';

// A shorter soak in Chromium with the built extension: a few hundred random writes and undos sent from the
// options page, the real service worker stopped (DevTools protocol) between requests and while one is in flight.
// The browser's clock sets the timestamps, so the model takes them from the replies and from what it reads back.

const SEED = Number(process.env.SOAK_SEED ?? 20261124);
const OPERATIONS = Number(process.env.SOAK_BROWSER_OPERATIONS ?? 300);

let h: Harness;
let page: Page;
let worker: Awaited<ReturnType<typeof workerStops>>;

beforeAll(async () => {
  h = await startHarness();
  page = await h.context.newPage();
  await page.goto(h.extensionUrl('options.html'));
  worker = await workerStops(h, page);
});
afterAll(async () => {
  await h?.close();
});

type Reply =
  { ok: true; value: Record<string, unknown> } | { ok: false; error: { code: string; message: string } } | 'cut off';

/** Sends a request from the options page; with `stop`, stops the worker while it is in flight. */
async function send(type: string, data: unknown, stop = false): Promise<Reply> {
  await page.evaluate(
    ([type, data]) => {
      (globalThis as unknown as { pending: Promise<unknown> }).pending = chrome.runtime
        .sendMessage({ channel: 'account-lens/request', type, data })
        .then(
          (reply) => reply ?? 'cut off',
          () => 'cut off',
        );
    },
    [type, data] as const,
  );
  if (stop) await worker.stop();
  return page.evaluate(() => (globalThis as unknown as { pending: Promise<Reply> }).pending);
}

async function readAll(): Promise<Record<StoreName, Rec[]>> {
  const out = {} as Record<StoreName, Rec[]>;
  for (const store of STORE_NAMES) {
    const reply = await send('exportRecords', { store, limit: 5_000 });
    if (reply === 'cut off' || !reply.ok) throw new Error(`export failed: ${JSON.stringify(reply)}`);
    out[store] = reply.value.records as Rec[];
  }
  return out;
}

it(`${OPERATIONS} random writes and undos with the real worker stopped between and during them: the database matches the model (seed ${SEED})`, async () => {
  const random = seededRandom(SEED);
  const model = new Model();
  const undoIds: string[] = [];
  const tally: Record<string, number> = {};
  let serial = 0;
  const count = (kind: string) => (tally[kind] = (tally[kind] ?? 0) + 1);
  const fail = (step: number, what: string): never => {
    throw new Error(`Browser soak seed ${SEED}, operation ${step}: ${what}`);
  };

  /** Checks a reply against the model's verdict; a reply lost to a stop is settled by reading back what was stored. */
  const settle = async (
    step: number,
    kind: string,
    reply: Reply,
    outcome: (now: string) => Outcome,
    probe: () => Promise<{ committed: boolean; now?: string }>,
  ) => {
    count(kind);
    if (reply === 'cut off') {
      count('cut off by a stop');
      const { committed, now } = await probe();
      const verdict = outcome(now ?? `lost-${step}`);
      if (committed) {
        if (!verdict.ok) fail(step, `${kind}: committed though the model expected a refusal`);
        else verdict.apply(`lost-undo-${step}`);
        count('committed before the stop');
      }
      return;
    }
    const saved = reply.ok
      ? ((reply.value.records as Array<{ record: Rec }> | undefined)?.[0]?.record ??
        (reply.value.record as Rec | undefined))
      : undefined;
    const verdict = outcome(saved?.updatedAt ?? `delete-${step}`);
    if (reply.ok !== verdict.ok)
      fail(
        step,
        `${kind}: expected ${verdict.ok ? 'success' : (verdict as { code: string }).code}, got ${JSON.stringify(reply).slice(0, 300)}`,
      );
    if (!reply.ok && !verdict.ok && reply.error.code !== verdict.code)
      fail(step, `${kind}: expected ${verdict.code}, got ${reply.error.code}`);
    if (reply.ok && verdict.ok) {
      verdict.apply(reply.value.undoId as string);
      undoIds.push(reply.value.undoId as string);
    }
  };
  const bundle = async (accountId: string) => {
    const reply = await send('getAccount', { id: accountId });
    return reply !== 'cut off' && reply.ok
      ? (reply.value as unknown as { account: Rec; contacts: Rec[] } | null)
      : null;
  };

  for (let step = 1; step <= OPERATIONS; step++) {
    const roll = random();
    // Undos are only stopped between requests: a lost undo reply cannot be told apart from outside.
    let stop = random() < 0.06;
    const liveAccounts = model.live('accounts');
    if (roll < 0.3 || !liveAccounts.length) {
      const n = ++serial;
      const record = {
        id: seededUuid(random),
        name: `Account ${n}`,
        domains: [`account-${n}.example`],
        tier: pick(random, TIERS),
        status: pick(random, ACCOUNT_STATUSES),
        objectives: [],
        tags: [],
      };
      const reply = await send('saveRecord', { store: 'accounts', record }, stop);
      await settle(
        step,
        'create account',
        reply,
        (now) => model.save([{ store: 'accounts', record }], now),
        async () => {
          const found = await bundle(record.id);
          return { committed: !!found, now: found?.account.updatedAt };
        },
      );
    } else if (roll < 0.55) {
      const account = pick(random, liveAccounts);
      const n = ++serial;
      const clash = random() < 0.1 ? model.live('contacts')[0] : undefined;
      const record = {
        id: seededUuid(random),
        accountId: account.id,
        name: `Person ${n}`,
        emails: [clash ? (clash.emails as string[])[0]! : `person-${n}@account.example`],
        role: pick(random, CONTACT_ROLES),
      };
      const reply = await send('saveRecord', { store: 'contacts', record }, stop);
      await settle(
        step,
        'create contact',
        reply,
        (now) => model.save([{ store: 'contacts', record }], now),
        async () => {
          const found = (await bundle(account.id))?.contacts.find((c) => c.id === record.id);
          return { committed: !!found, now: found?.updatedAt };
        },
      );
    } else if (roll < 0.7) {
      const account = pick(random, liveAccounts);
      const { createdAt: _c, updatedAt: _u, ...draft } = account;
      const record = { ...draft, name: `Account ${++serial} (renamed)` };
      const reply = await send('saveRecord', { store: 'accounts', record }, stop);
      await settle(
        step,
        'rename account',
        reply,
        (now) => model.save([{ store: 'accounts', record }], now),
        async () => {
          const found = await bundle(account.id);
          return { committed: found?.account.name === record.name, now: found?.account.updatedAt };
        },
      );
    } else if (roll < 0.82) {
      const account = pick(random, liveAccounts);
      const reply = await send('deleteRecord', { store: 'accounts', id: account.id }, stop);
      const deletedAt = async () =>
        (await readAll()).accounts.find((a) => a.id === account.id)?.deletedAt as string | undefined;
      const now = reply === 'cut off' ? await deletedAt() : reply.ok ? await deletedAt() : undefined;
      await settle(
        step,
        'delete account',
        reply,
        (fallback) => model.softDelete('accounts', account.id, now ?? fallback),
        async () => ({ committed: !!now, now }),
      );
    } else {
      const undoId = undoIds.length ? pick(random, undoIds.slice(-8)) : undefined;
      if (!undoId) continue;
      stop = false;
      const reply = await send('undo', { undoId });
      await settle(
        step,
        'undo',
        reply,
        () => model.undoAction(undoId),
        async () => ({ committed: false }),
      );
    }
    if (random() < 0.06) {
      await worker.stop();
      count('stopped between requests');
    }
    if (stop) count('stopped during a request');
  }

  const actual = await readAll();
  // Timestamps come from the browser's clock; a lost reply's are read back, so compare everything but their exact values.
  const diff = differences(withoutTimes(model.stores), withoutTimes(actual));
  countFigure('soak operations', OPERATIONS);
  countFigure('soak worker restarts', worker.count);
  countFigure('records lost or corrupted', diff.length);
  console.info(
    `Browser soak seed ${SEED}: ${OPERATIONS} operations, ${worker.count} worker stops. ${JSON.stringify(tally)}`,
  );
  expect(diff, `seed ${SEED}`).toEqual([]);
  expect(worker.count).toBeGreaterThan(10);
});

/** Timestamps replaced by a marker (and `deletedAt` kept only as present or absent). */
function withoutTimes(
  stores: Record<StoreName, Map<string, Rec>> | Record<StoreName, Rec[]>,
): Record<StoreName, Rec[]> & Record<StoreName, Map<string, Rec>> {
  const strip = (r: Rec): Rec => ({
    ...r,
    createdAt: 'set',
    updatedAt: 'set',
    ...(r.deletedAt ? { deletedAt: 'set' } : {}),
  });
  return Object.fromEntries(
    STORE_NAMES.map((s) => {
      const value = stores[s];
      return [s, value instanceof Map ? new Map([...value].map(([id, r]) => [id, strip(r)])) : value.map(strip)];
    }),
  ) as never;
}
