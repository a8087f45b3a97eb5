import { isDeepStrictEqual } from 'node:util';
import { expect, it } from 'vitest';
import {
  ACCOUNT_STATUSES,
  CONTACT_ROLES,
  OPPORTUNITY_KINDS,
  OPPORTUNITY_STAGES,
  SENTIMENTS,
  SEVERITIES,
  STORE_NAMES,
  TIERS,
  TOUCHPOINT_KINDS,
  type StoreName,
} from '../../utils/shared/model';
import { seededUuid } from '../../utils/shared/demo/portfolio';
import type { Reply } from '../../utils/protocol/messaging';
import { pick, seededRandom } from '../../utils/shared/random';
import { countFigure } from './figures';
import { differences, Model, type Outcome, type Rec } from './soak-model';
import { SoakWorker } from './soak-worker';
import { dumpDatabase } from './storage-support';

// Model-based soak: random operations through the message API, the worker stopped between and during them,
// and after each one the reply checked against an in-memory model; the whole database compared with the model
// at checkpoints and at the end. Reproduce a failure with SOAK_SEED=<seed printed> npm run test:hardening.

const SEED = Number(process.env.SOAK_SEED ?? 20261124);
const OPERATIONS = Number(process.env.SOAK_OPERATIONS ?? 10_000);
const CHECKPOINT_EVERY = 1_000;

it(`applies ${OPERATIONS} random operations with worker restarts, and the database matches the model (seed ${SEED})`, async () => {
  const random = seededRandom(SEED);
  let time = Date.parse('2026-01-05T08:00:00.000Z');
  const clock = { now: () => new Date(time) };
  const worker = new SoakWorker(clock);
  const model = new Model();
  const undoIds: string[] = [];
  const tally: Record<string, number> = {};
  let operations = 0;
  let serial = 0;
  let messageSerial = 0;

  const chance = (p: number) => random() < p;
  const uuid = () => seededUuid(random);
  /** Each operation happens a little later than the last: seconds to twenty minutes, so undo entries also age out. */
  const tick = () => ((time += 1_000 + Math.floor(random() * 20 * 60_000)), new Date(time).toISOString());
  const fail = (what: string): never => {
    throw new Error(`Soak seed ${SEED}, operation ${operations} (${what}). Reproduce with SOAK_SEED=${SEED}.`);
  };
  const anyOf = (store: StoreName) => [...model.stores[store].values()];
  const pickFrom = <T>(items: T[]): T | undefined => (items.length ? pick(random, items) : undefined);
  const liveOrAny = (store: StoreName, pAny = 0.06) => pickFrom(chance(pAny) ? anyOf(store) : model.live(store));

  /** Sends one request; with `kill`, stops the worker a few event-loop turns into it. Checks the reply against the model's verdict. */
  async function send(
    kind: string,
    type: Parameters<SoakWorker['request']>[0],
    data: unknown,
    outcome: Outcome,
    kill = false,
  ): Promise<Reply<unknown>> {
    operations++;
    tally[kind] = (tally[kind] ?? 0) + 1;
    const pending = worker.request(type, data as never);
    if (kill) {
      for (let turns = Math.floor(random() * 6); turns > 0; turns--)
        await new Promise((resolve) => setImmediate(resolve));
      await worker.restart();
    }
    const reply = await pending;
    if (kill)
      tally[reply.ok ? 'stopped after it committed' : 'cut off by the stop'] =
        (tally[reply.ok ? 'stopped after it committed' : 'cut off by the stop'] ?? 0) + 1;
    if (reply.ok) {
      if (!outcome.ok) fail(`${kind}: expected a refusal (${outcome.code}), got a success`);
      else {
        const value = (reply.value ?? {}) as { undoId?: string; record?: Rec; records?: Array<{ record: Rec }> };
        const saved = value.records?.map((r) => r.record) ?? (value.record ? [value.record] : []);
        // The records the reply shows are the ones the model predicted, field by field.
        if (
          outcome.records &&
          (saved.length !== outcome.records.length || outcome.records.some((r, i) => !isDeepStrictEqual(r, saved[i])))
        ) {
          fail(
            `${kind}: the reply's records differ from the model: expected ${JSON.stringify(outcome.records)}, got ${JSON.stringify(saved)}`,
          );
        }
        outcome.apply(value.undoId);
        if (value.undoId) undoIds.push(value.undoId);
      }
    } else if (!outcome.ok && reply.error.code === outcome.code) {
      tally['refused as the model expected'] = (tally['refused as the model expected'] ?? 0) + 1;
    } else if (outcome.ok) {
      // A request cut off by the stopped worker fails and changes nothing; any other failure is a bug.
      if (!(kill && reply.error.code === 'storage'))
        fail(`${kind}: expected success, got ${reply.error.code}: ${reply.error.message}`);
    } else if (!(kill && reply.error.code === 'storage')) {
      fail(`${kind}: expected refusal ${outcome.code}, got ${reply.error.code}: ${reply.error.message}`);
    }
    return reply;
  }

  const save = (
    kind: string,
    requests: Array<{ store: StoreName; record: Record<string, unknown> }>,
    kill: boolean,
  ) => {
    const now = tick();
    const outcome = model.save(requests, now);
    return requests.length === 1
      ? send(kind, 'saveRecord', requests[0], outcome, kill)
      : send(kind, 'saveRecords', { records: requests }, outcome, kill);
  };

  // ---- Drafts, as the UI would send them ----
  const accountDraft = (): Record<string, unknown> => {
    const n = ++serial;
    const clashWith = chance(0.05)
      ? pickFrom(model.live('accounts').filter((a) => (a.domains as string[]).length))
      : undefined;
    return {
      id: uuid(),
      name: `Account ${n}`,
      domains: clashWith ? [pick(random, clashWith.domains as string[])] : [`account-${n}.example`],
      tier: pick(random, TIERS),
      status: pick(random, ACCOUNT_STATUSES),
      objectives: [],
      tags: chance(0.3) ? ['soak'] : [],
      ...(chance(0.5) ? { annualValue: { amount: n * 100, currency: pick(random, ['EUR', 'USD', 'GBP']) } } : {}),
    };
  };
  const childBase = (account: Rec) => ({ id: uuid(), accountId: account.id });
  const contactDraft = (account: Rec): Record<string, unknown> => {
    const n = ++serial;
    const clashWith = chance(0.05) ? pickFrom(model.live('contacts')) : undefined;
    return {
      ...childBase(account),
      name: `Person ${n}`,
      emails: clashWith ? [(clashWith.emails as string[])[0]!] : [`person-${n}@account-${n}.example`],
      role: pick(random, CONTACT_ROLES),
    };
  };
  const touchpointDraft = (account: Rec, at: string): Record<string, unknown> => {
    const contacts = model
      .live('contacts')
      .filter((c) => c.accountId === account.id)
      .slice(0, Math.floor(random() * 3));
    const ghost = chance(0.03) ? pickFrom(anyOf('contacts').filter((c) => c.deletedAt)) : undefined;
    const source = chance(0.6)
      ? {
          site: pick(random, ['gmail', 'outlook', 'google-calendar'] as const),
          itemId:
            chance(0.1) && messageSerial ? `item-${Math.floor(random() * messageSerial)}` : `item-${messageSerial++}`,
        }
      : undefined;
    return {
      ...childBase(account),
      contactIds: [...contacts.map((c) => c.id), ...(ghost ? [ghost.id] : [])],
      kind: pick(random, TOUCHPOINT_KINDS),
      direction: pick(random, ['inbound', 'outbound'] as const),
      occurredAt: at,
      summary: `Touchpoint ${++serial}`,
      sentiment: pick(random, SENTIMENTS),
      ...(source ? { source } : {}),
    };
  };
  const childDraft = (
    store: 'tasks' | 'issues' | 'opportunities',
    account: Rec,
    at: string,
  ): Record<string, unknown> => {
    const n = ++serial;
    if (store === 'tasks') return { ...childBase(account), title: `Task ${n}`, dueAt: at };
    if (store === 'issues')
      return {
        ...childBase(account),
        title: `Issue ${n}`,
        severity: pick(random, SEVERITIES),
        status: 'open',
        openedAt: at,
      };
    return {
      ...childBase(account),
      title: `Opportunity ${n}`,
      kind: pick(random, OPPORTUNITY_KINDS),
      stage: pick(random, OPPORTUNITY_STAGES),
      ...(chance(0.5) ? { value: { amount: n, currency: 'EUR' } } : {}),
    };
  };
  /** An edit of a stored record, as a form sends it back (the trash included sometimes, which must be refused). */
  const edited = (store: StoreName, record: Rec, at: string): Record<string, unknown> => {
    const n = ++serial;
    const { createdAt: _c, updatedAt: _u, ...draft } = record;
    switch (store) {
      case 'accounts':
        return {
          ...draft,
          name: `Account ${n} (renamed)`,
          notes: `Edited ${n}`,
          ...(chance(0.2) ? { domains: [...(record.domains as string[]), `extra-${n}.example`] } : {}),
        };
      case 'contacts':
        return {
          ...draft,
          title: `Title ${n}`,
          ...(chance(0.2) ? { emails: [...(record.emails as string[]), `alias-${n}@mail.example`] } : {}),
        };
      case 'touchpoints':
        return { ...draft, summary: `Edited touchpoint ${n}`, sentiment: pick(random, SENTIMENTS) };
      case 'tasks':
        return { ...draft, doneAt: at };
      case 'issues':
        return { ...draft, status: 'resolved', resolvedAt: at, resolution: `Fixed ${n}` };
      case 'opportunities':
        return { ...draft, stage: pick(random, OPPORTUNITY_STAGES), nextStep: `Step ${n}` };
    }
  };

  // ---- Imports: staged in chunks (the worker may stop between them), then committed, discarded or abandoned ----
  async function importOperation(replace: boolean): Promise<void> {
    const now = tick();
    const records: Array<{ store: StoreName; record: Rec }> = [];
    if (replace) {
      // A restore of a backup taken now, with a few records edited since.
      for (const store of STORE_NAMES)
        for (const record of anyOf(store))
          records.push({
            store,
            record: chance(0.02)
              ? { ...record, updatedAt: now, ...(store === 'accounts' ? { notes: 'restored' } : {}) }
              : record,
          });
    } else {
      for (let a = Math.floor(random() * 4) + 1; a > 0; a--) {
        const n = ++serial;
        const account: Rec = {
          id: uuid(),
          createdAt: now,
          updatedAt: now,
          name: `Imported ${n}`,
          domains: [`imported-${n}.example`],
          tier: 'standard',
          status: 'active',
          objectives: [],
          tags: [],
        };
        records.push({ store: 'accounts', record: account });
        for (let c = Math.floor(random() * 4); c > 0; c--) {
          const m = ++serial;
          records.push({
            store: 'contacts',
            record: {
              id: uuid(),
              createdAt: now,
              updatedAt: now,
              accountId: account.id,
              name: `Imported person ${m}`,
              emails: [`imported-${m}@imported-${n}.example`],
              role: 'other',
            },
          });
        }
        if (chance(0.5))
          records.push({
            store: 'tasks',
            record: {
              id: uuid(),
              createdAt: now,
              updatedAt: now,
              accountId: account.id,
              title: `Imported task ${n}`,
              dueAt: now,
            },
          });
      }
      // Updates of records already there (any store, trash included), as a CRM re-export brings them.
      for (let u = Math.floor(random() * 4); u > 0; u--) {
        const store = pick(random, STORE_NAMES);
        const record = pickFrom(anyOf(store));
        const field = {
          accounts: 'notes',
          contacts: 'notes',
          touchpoints: 'summary',
          tasks: 'title',
          issues: 'title',
          opportunities: 'nextStep',
        }[store];
        if (record && !records.some((r) => r.record.id === record.id))
          records.push({ store, record: { ...record, [field]: `Imported change ${++serial}`, updatedAt: now } });
      }
    }
    const importId = uuid();
    let seq = 0;
    const chunkMax = replace ? 1_500 : 40;
    for (const store of STORE_NAMES) {
      const list = records.filter((r) => r.store === store).map((r) => r.record);
      for (let i = 0; i < list.length;) {
        const size = 1 + Math.floor(random() * chunkMax);
        const reply = await worker.request('stageImport', {
          importId,
          seq: seq++,
          store,
          records: list.slice(i, i + size) as never,
        });
        if (!reply.ok) fail(`stageImport: ${reply.error.message}`);
        i += size;
        if (chance(0.05)) await worker.restart();
      }
    }
    const ending = random();
    if (ending < 0.85) {
      await send(
        replace ? 'restore' : 'import',
        'commitImport',
        { importId, replace },
        model.commitImport(records, replace),
        chance(0.05),
      );
    } else if (ending < 0.95) {
      await send('import discarded', 'discardImport', { importId }, { ok: true, apply: () => undefined });
    } else {
      // The page was closed mid-import: the staged rows stay behind, unused.
      operations++;
      tally['import abandoned'] = (tally['import abandoned'] ?? 0) + 1;
    }
  }

  async function exportOperation(): Promise<void> {
    const read = emptyLists();
    for (const store of STORE_NAMES) {
      let after: string | undefined;
      const limit = 1 + Math.floor(random() * 400);
      do {
        const reply = await worker.request('exportRecords', { store, limit, ...(after ? { after } : {}) });
        if (!reply.ok) fail(`exportRecords: ${reply.error.message}`);
        const page = (reply as unknown as { value: { records: Rec[]; next?: string } }).value;
        read[store].push(...page.records);
        after = page.next;
      } while (after);
      const ids = read[store].map((r) => r.id);
      if (ids.join() !== [...ids].sort().join()) fail(`export of ${store} is not in id order`);
    }
    operations++;
    tally.export = (tally.export ?? 0) + 1;
    const diff = differences(model.stores, read);
    if (diff.length) fail(`export differs from the model: ${diff.slice(0, 3).join('; ')}`);
  }

  async function checkpoint(): Promise<string[]> {
    const dump = JSON.parse(await dumpDatabase()) as Record<StoreName, Rec[]>;
    return differences(model.stores, dump);
  }

  while (operations < OPERATIONS) {
    const roll = random();
    const kill = chance(0.02);
    if (roll < 0.09) await save('create account', [{ store: 'accounts', record: accountDraft() }], kill);
    else if (roll < 0.15) {
      const account = liveOrAny('accounts');
      if (account) await save('update account', [{ store: 'accounts', record: edited('accounts', account, '') }], kill);
    } else if (roll < 0.26) {
      const account = liveOrAny('accounts', 0.05);
      if (account) await save('create contact', [{ store: 'contacts', record: contactDraft(account) }], kill);
    } else if (roll < 0.31) {
      const contact = liveOrAny('contacts');
      if (contact) await save('update contact', [{ store: 'contacts', record: edited('contacts', contact, '') }], kill);
    } else if (roll < 0.45) {
      const account = liveOrAny('accounts', 0.04);
      if (account)
        await save(
          'log touchpoint',
          [{ store: 'touchpoints', record: touchpointDraft(account, new Date(time).toISOString()) }],
          kill,
        );
    } else if (roll < 0.49) {
      // A meeting logged with its follow-ups: one action, one undo.
      const account = liveOrAny('accounts', 0.03);
      const at = new Date(time).toISOString();
      if (account)
        await save(
          'log with follow-ups',
          [
            { store: 'touchpoints', record: touchpointDraft(account, at) },
            ...Array.from({ length: 1 + Math.floor(random() * 2) }, () => ({
              store: 'tasks' as const,
              record: childDraft('tasks', account, at),
            })),
          ],
          kill,
        );
    } else if (roll < 0.61) {
      const store = pick(random, ['tasks', 'issues', 'opportunities'] as const);
      const account = liveOrAny('accounts', 0.04);
      if (account)
        await save(
          `create ${store}`,
          [{ store, record: childDraft(store, account, new Date(time).toISOString()) }],
          kill,
        );
    } else if (roll < 0.7) {
      const store = pick(random, ['touchpoints', 'tasks', 'issues', 'opportunities'] as const);
      const record = liveOrAny(store);
      if (record)
        await save(`update ${store}`, [{ store, record: edited(store, record, new Date(time).toISOString()) }], kill);
    } else if (roll < 0.78) {
      const store = chance(0.3)
        ? 'accounts'
        : pick(random, ['contacts', 'touchpoints', 'tasks', 'issues', 'opportunities'] as const);
      const record = liveOrAny(store, 0.08);
      if (record) {
        const now = tick();
        await send(
          `delete ${store === 'accounts' ? 'account' : 'record'}`,
          'deleteRecord',
          { store, id: record.id },
          model.softDelete(store, record.id, now),
          kill,
        );
      }
    } else if (roll < 0.9) {
      // Mostly the latest actions, sometimes old or spent ones, sometimes one that never existed.
      const undoId = chance(0.05) ? uuid() : chance(0.8) ? pickFrom(undoIds.slice(-15)) : pickFrom(undoIds);
      if (undoId) await send('undo', 'undo', { undoId }, model.undoAction(undoId), kill);
    } else if (roll < 0.955) await importOperation(false);
    else if (roll < 0.9553) await importOperation(true);
    else if (roll < 0.959) await exportOperation();
    else if (roll < 0.979) await worker.restart();
    else {
      // A refusal the UI can meet: a child for an account that is gone.
      const gone = pickFrom(anyOf('accounts').filter((a) => a.deletedAt));
      if (gone)
        await save(
          'create for a deleted account',
          [{ store: 'tasks', record: childDraft('tasks', gone, new Date(time).toISOString()) }],
          kill,
        );
    }
    if (operations % CHECKPOINT_EVERY === 0 && operations > 0) {
      const diff = await checkpoint();
      if (diff.length) fail(`checkpoint: ${diff.length} differences, first: ${diff.slice(0, 3).join('; ')}`);
    }
  }

  const lostOrCorrupted = await checkpoint();
  countFigure('soak operations', operations);
  countFigure('soak worker restarts', worker.restarts);
  countFigure('records lost or corrupted', lostOrCorrupted.length);
  const held = STORE_NAMES.map((s) => `${s} ${model.stores[s].size}`).join(', ');
  console.info(
    `Soak seed ${SEED}: ${operations} operations, ${worker.restarts} worker restarts; the database holds ${held}. By kind: ${JSON.stringify(tally)}`,
  );
  expect(lostOrCorrupted, `seed ${SEED}`).toEqual([]);
  expect(operations).toBeGreaterThanOrEqual(OPERATIONS);
  expect(worker.restarts).toBeGreaterThan(50);
  // The run must have exercised every kind of operation and its refusals.
  for (const kind of [
    'refused as the model expected',
    'cut off by the stop',
    'stopped after it committed',
    'create account',
    'update account',
    'create contact',
    'log touchpoint',
    'log with follow-ups',
    'delete account',
    'delete record',
    'undo',
    'import',
    'restore',
    'import discarded',
    'export',
    'create for a deleted account',
  ]) {
    expect(tally[kind], kind).toBeGreaterThan(0);
  }
});

function emptyLists(): Record<StoreName, Rec[]> {
  return Object.fromEntries(STORE_NAMES.map((s) => [s, [] as Rec[]])) as Record<StoreName, Rec[]>;
}
