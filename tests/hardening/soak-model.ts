import { isDeepStrictEqual } from 'node:util';
import { STORE_NAMES, type StoreName } from '../../utils/shared/model';

/**
 * What the database should hold after each acknowledged operation, worked out
 * independently of the data layer from the rules the README states: one
 * transaction per action with its undo entry, soft deletes that take an
 * account's records along, clashes refused, undo refused when a record
 * changed since, imports all or nothing.
 */
export type Rec = { id: string; createdAt: string; updatedAt: string; deletedAt?: string; [field: string]: unknown };
export type Stores = Record<StoreName, Map<string, Rec>>;
interface Change {
  store: StoreName;
  id: string;
  before: Rec | null;
  afterUpdatedAt: string;
}
/** The model's verdict: the reply it expects, and what changes if the reply is a success. */
export type Outcome = { ok: true; apply: (undoId?: string) => void; records?: Rec[] } | { ok: false; code: string };

const UNDO_KEEP_MS = 24 * 60 * 60 * 1000;
const CHILDREN: StoreName[] = ['contacts', 'touchpoints', 'tasks', 'issues', 'opportunities'];
const refuse = (code: string): Outcome => ({ ok: false, code });

export class Model {
  stores: Stores = emptyStores();
  undo = new Map<string, { createdAt: string; changes: Change[] }>();

  live(store: StoreName): Rec[] {
    return [...this.stores[store].values()].filter((r) => !r.deletedAt);
  }

  /** `saveRecords`: each draft in order, against the state the earlier ones left, in one transaction. */
  save(requests: Array<{ store: StoreName; record: Record<string, unknown> }>, now: string): Outcome {
    // Only the stores written are copied; the others are read as they are.
    const scratch = { ...this.stores };
    for (const store of new Set(requests.map((r) => r.store))) scratch[store] = new Map(this.stores[store]);
    const changes: Change[] = [];
    const saved: Rec[] = [];
    for (const { store, record: draft } of requests) {
      const existing = typeof draft.id === 'string' ? scratch[store].get(draft.id) : undefined;
      if (existing?.deletedAt) return refuse('conflict');
      let record = {
        ...draft,
        id: existing?.id ?? draft.id,
        createdAt: existing?.createdAt ?? now,
        updatedAt: now,
      } as Rec;
      record = prepare(store, record, existing);
      const problem = integrity(scratch, store, record);
      if (problem) return refuse(problem);
      scratch[store].set(record.id, record);
      saved.push(record);
      changes.push({ store, id: record.id, before: existing ?? null, afterUpdatedAt: now });
    }
    return {
      ok: true,
      records: saved,
      apply: (undoId) => {
        this.stores = scratch;
        this.recordUndo(undoId!, changes, now);
      },
    };
  }

  /** `deleteRecord`: to the trash, an account with its live records. */
  softDelete(store: StoreName, id: string, now: string): Outcome {
    const target = this.stores[store].get(id);
    if (!target || target.deletedAt) return refuse('not-found');
    const victims: Array<[StoreName, Rec]> = [[store, target]];
    if (store === 'accounts')
      for (const child of CHILDREN)
        for (const r of this.stores[child].values()) if (r.accountId === id && !r.deletedAt) victims.push([child, r]);
    return {
      ok: true,
      apply: (undoId) => {
        const changes = victims.map(([s, r]) => {
          this.stores[s].set(r.id, { ...r, deletedAt: now, updatedAt: now });
          return { store: s, id: r.id, before: r, afterUpdatedAt: now };
        });
        this.recordUndo(undoId!, changes, now);
      },
    };
  }

  /** `undo`: refused, changing nothing, when the entry is gone or any record it touched changed since. */
  undoAction(undoId: string): Outcome {
    const entry = this.undo.get(undoId);
    if (!entry) return refuse('not-found');
    for (const change of entry.changes) {
      if (
        ((this.stores[change.store].get(change.id)?.updatedAt as string | undefined) ?? null) !== change.afterUpdatedAt
      )
        return refuse('conflict');
    }
    return {
      ok: true,
      apply: () => {
        for (const change of entry.changes) {
          if (change.before) this.stores[change.store].set(change.id, change.before);
          else this.stores[change.store].delete(change.id);
        }
        this.undo.delete(undoId);
      },
    };
  }

  /** A committed import: records put by id; a restore replaces everything and empties the undo log. */
  commitImport(records: Array<{ store: StoreName; record: Rec }>, replace: boolean): Outcome {
    return {
      ok: true,
      apply: () => {
        if (replace) {
          this.stores = emptyStores();
          this.undo.clear();
        }
        for (const { store, record } of records)
          this.stores[store].set(record.id, prepare(store, record, undefined, true));
      },
    };
  }

  /** The entry is filed under the id the background chose (from the reply); entries over a day old go as a new one is written. */
  private recordUndo(undoId: string, changes: Change[], now: string): void {
    this.undo.set(undoId, { createdAt: now, changes });
    const cutoff = new Date(Date.parse(now) - UNDO_KEEP_MS).toISOString();
    for (const [key, entry] of this.undo) if (entry.createdAt < cutoff) this.undo.delete(key);
  }
}

export function emptyStores(): Stores {
  return Object.fromEntries(STORE_NAMES.map((s) => [s, new Map<string, Rec>()])) as Stores;
}

/**
 * What the data layer derives on a save: trimmed names, unique domains and addresses, a touchpoint's source key,
 * an opportunity's stage history, an account's status and value history.
 */
function prepare(store: StoreName, record: Rec, existing: Rec | undefined, imported = false): Rec {
  if (store === 'accounts') {
    const account = {
      ...record,
      name: (record.name as string).trim(),
      domains: [...new Set(record.domains as string[])],
    };
    return imported ? account : { ...account, history: accountHistory(account, existing) };
  }
  if (store === 'contacts')
    return { ...record, name: (record.name as string).trim(), emails: [...new Set(record.emails as string[])] };
  if (store === 'touchpoints') {
    const { sourceKey: _old, ...rest } = record;
    const source = record.source as { site: string; itemId: string } | undefined;
    return (source ? { ...rest, sourceKey: `${source.site}:${source.itemId}` } : rest) as Rec;
  }
  if (store === 'opportunities' && !imported) {
    const history =
      (existing?.stageHistory as Array<{ stage: string; at: string }> | undefined) ??
      (existing ? [{ stage: existing.stage as string, at: existing.createdAt }] : []);
    const changed = history.at(-1)?.stage !== record.stage;
    return {
      ...record,
      stageHistory: changed ? [...history, { stage: record.stage as string, at: record.updatedAt }] : history,
    };
  }
  return record;
}

type AccountState = { at: string; status: string; annualValue?: unknown };
/** A state is appended when the status or the value changed; a record without a history starts from its state at creation. */
function accountHistory(account: Rec, existing: Rec | undefined): AccountState[] {
  const state = (a: Rec, at: string): AccountState => ({
    at,
    status: a.status as string,
    ...(a.annualValue ? { annualValue: a.annualValue } : {}),
  });
  const history =
    (existing?.history as AccountState[] | undefined) ?? (existing ? [state(existing, existing.createdAt)] : []);
  const last = history.at(-1);
  const same =
    last &&
    last.status === account.status &&
    JSON.stringify(last.annualValue ?? null) === JSON.stringify(account.annualValue ?? null);
  return same ? history : [...history, state(account, existing ? account.updatedAt : account.createdAt)];
}

/** The clash and reference checks of a save, in the data layer's order; returns the refusal's code. */
function integrity(stores: Stores, store: StoreName, record: Rec): string | null {
  const liveOther = (s: StoreName, test: (r: Rec) => boolean) =>
    [...stores[s].values()].some((r) => r.id !== record.id && !r.deletedAt && test(r));
  if (store === 'accounts') {
    return (record.domains as string[]).some((d) => liveOther('accounts', (a) => (a.domains as string[]).includes(d)))
      ? 'conflict'
      : null;
  }
  const account = stores.accounts.get(record.accountId as string);
  if (!account || account.deletedAt) return 'not-found';
  if (
    store === 'contacts' &&
    (record.emails as string[]).some((e) => liveOther('contacts', (c) => (c.emails as string[]).includes(e)))
  )
    return 'conflict';
  if (store === 'touchpoints') {
    for (const contactId of record.contactIds as string[]) {
      const contact = stores.contacts.get(contactId);
      if (!contact || contact.deletedAt) return 'not-found';
    }
    if (record.sourceKey && liveOther('touchpoints', (t) => t.sourceKey === record.sourceKey)) return 'duplicate';
  }
  return null;
}

/** Every difference between the model and what was read back: a record missing, extra, or with any field different. */
export function differences(model: Stores, actual: Record<StoreName, Rec[]>): string[] {
  const out: string[] = [];
  for (const store of STORE_NAMES) {
    const seen = new Set<string>();
    for (const record of actual[store]) {
      seen.add(record.id);
      const expected = model[store].get(record.id);
      if (!expected) out.push(`${store} ${record.id}: in the database, not in the model`);
      else if (!isDeepStrictEqual(expected, record))
        out.push(
          `${store} ${record.id}: fields differ: expected ${JSON.stringify(expected)}, found ${JSON.stringify(record)}`,
        );
    }
    for (const id of model[store].keys())
      if (!seen.has(id)) out.push(`${store} ${id}: lost (in the model, not in the database)`);
  }
  return out;
}
