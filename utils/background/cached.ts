/**
 * Memoizes an async load until one of its sources says it changed. Settings
 * and exclusions are read on every page resolution; storage reads are IPC in
 * an extension, so they are kept in memory and dropped on change.
 */
export function cachedUntilChanged<T>(
  load: () => Promise<T>,
  watchers: Array<(onChange: () => void) => unknown>,
): () => Promise<T> {
  let value: Promise<T> | undefined;
  for (const watch of watchers) watch(() => (value = undefined));
  return () => {
    if (!value) {
      const loading = load();
      value = loading;
      loading.catch(() => value === loading && (value = undefined));
    }
    return value;
  };
}
