/**
 * Runs `work` inside `tx` and resolves once the transaction has committed.
 * If `work` throws, the transaction is aborted so nothing it wrote remains,
 * and the original error is rethrown.
 */
export async function inTransaction<T>(tx: { done: Promise<void>; abort(): void }, work: () => Promise<T>): Promise<T> {
  const done = tx.done;
  try {
    const result = await work();
    await done;
    return result;
  } catch (error) {
    try {
      tx.abort();
    } catch {
      // Already finished, or aborted by the failing request.
    }
    await done.catch(() => undefined);
    throw error;
  }
}

/**
 * Every transaction that changes records: a logged email or a task is as durable as an import. Relaxed
 * durability (the default) lets the browser report a write complete before it reaches the disk, so a
 * crash or power cut just after could lose what the user was told was saved. Only the staging of an
 * import stays relaxed: staged rows are thrown away if lost, and the import's commit is strict.
 */
export const STRICT: IDBTransactionOptions = { durability: 'strict' };
