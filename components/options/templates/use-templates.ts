import { useEffect, useState } from 'preact/hooks';
import type { MessageTemplate } from '../../../utils/shared/templates/template';
import type { TemplatesStore } from '../api';

/**
 * The template set as stored, kept current when another page changes it. `write` stores a whole set and
 * shows it at once, without waiting for the watch; it rejects, writing nothing, when the set is refused.
 */
export function useTemplates(store: TemplatesStore) {
  const [list, setList] = useState<MessageTemplate[] | null>(null);
  const [error, setError] = useState('');
  useEffect(() => {
    let live = true;
    store.get().then(
      (next) => live && setList(next),
      (e: Error) => live && setError(`Could not read your templates: ${e.message}`),
    );
    const stop = store.watch((next) => live && setList(next));
    return () => {
      live = false;
      stop();
    };
  }, [store]);
  const write = async (next: MessageTemplate[]) => {
    await store.set(next);
    // Read back: the list shown is the one stored, as the storage's schema wrote it.
    setList(await store.get());
  };
  return { list, error, write };
}
