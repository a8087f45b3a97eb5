/**
 * Memoizes an async load until one of its sources says it changed. Settings
 * and exclusions are read on every page resolution; storage reads are IPC in
 * an extension, so they are kept in memory and dropped on change.
 *
 * A writer in the same context calls `forget()` once its write is done: the
 * storage change event may come after the write's promise resolves (Firefox
 * sends it later), and a read in between must not get the old value.
 */
export type Cached<T> = (() => Promise<T>) & { forget(): void };

export function cachedUntilChanged<T>(
  load: () => Promise<T>,
  watchers: Array<(onChange: () => void) => unknown>,
): Cached<T> {
  let value: Promise<T> | undefined;
  const forget = () => void (value = undefined);
  for (const watch of watchers) watch(forget);
  const get = () => {
    if (!value) {
      const loading = load();
      value = loading;
      loading.catch(() => value === loading && (value = undefined));
    }
    return value;
  };
  return Object.assign(get, { forget });
}
