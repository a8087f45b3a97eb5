import { vi } from 'vitest';

/**
 * Storage faults injected into fake IndexedDB. Fake IndexedDB's internals
 * (`_requests`, `_start`, `_abort`) are used the way a browser fails: a write
 * request that errors (and aborts its transaction), or a transaction that
 * aborts at commit after every request succeeded, which is where browsers
 * usually report a full disk.
 */
interface FakeTx extends IDBTransaction {
  _requests: Array<{ operation: () => unknown; request: IDBRequest }>;
  _state: string;
  _start(): void;
  _abort(errName: string | null): void;
}

export const quotaError = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

/** Fails the `nth` put (from 1) into `store` with QuotaExceededError. Returns how many times it fired. */
export function failPut(store: string, nth = 1): () => number {
  let seen = 0;
  let fired = 0;
  const original = IDBObjectStore.prototype.put;
  vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (
    this: IDBObjectStore,
    value: unknown,
    key?: IDBValidKey,
  ) {
    const request = original.call(this, value, key);
    if (this.name === store && ++seen === nth) {
      fired++;
      const entry = (this.transaction as FakeTx)._requests.at(-1)!;
      entry.operation = () => {
        throw quotaError();
      };
    }
    return request;
  });
  return () => fired;
}

/**
 * Aborts with QuotaExceededError, at commit time, the `nth` read-write
 * transaction (from 1) whose scope includes `store`. Returns how many times it fired.
 */
export function failCommit(store: string, nth = 1): () => number {
  let seen = 0;
  let fired = 0;
  const original = IDBDatabase.prototype.transaction;
  vi.spyOn(IDBDatabase.prototype, 'transaction').mockImplementation(function (
    this: IDBDatabase,
    ...args: Parameters<IDBDatabase['transaction']>
  ) {
    const tx = original.apply(this, args) as FakeTx;
    const [scope, mode] = args;
    if (mode === 'readwrite' && [scope].flat().includes(store) && ++seen === nth) {
      const start = tx._start.bind(tx);
      tx._start = () => {
        // Every request has run: this is the moment the browser would write to disk.
        if (tx._state !== 'finished' && tx._requests.every((r) => r.request.readyState === 'done')) {
          fired++;
          tx._abort('QuotaExceededError');
          return;
        }
        start();
      };
    }
    return tx;
  });
  return () => fired;
}
