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
