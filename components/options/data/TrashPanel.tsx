import type { AnyRecord } from '../../../utils/shared/model';
import { useOptions } from '../options-state';

export type TrashItem = { store: 'accounts' | 'contacts'; record: AnyRecord };

/** The trash as this page holds it: a restore or an erase is an action, shown with its notice. */
export function TrashSection() {
  const { api, state, act } = useOptions();
  const ref = (item: TrashItem) => ({ store: item.store, id: item.record.id });
  return (
    <TrashPanel
      items={state.data.trash.value}
      onRestore={(item) => void act('Restored.', async () => void (await api.background.restoreFromTrash(ref(item))))}
      onErase={(item) => {
        if (confirm('Delete permanently? This erases it, and every copy kept for undo. It cannot be undone.'))
          void act('Deleted permanently.', async () => void (await api.background.erasePermanently(ref(item))));
      }}
    />
  );
}

/** Deleted accounts and contacts, kept 30 days: restore, or erase for good (a privacy request). */
export function TrashPanel({
  items,
  onRestore,
  onErase,
}: {
  items: TrashItem[];
  onRestore: (item: TrashItem) => void;
  onErase: (item: TrashItem) => void;
}) {
  return (
    <section aria-labelledby="trash-heading">
      <h2 id="trash-heading">Trash</h2>
      <p class="muted">Deleted accounts and contacts stay here for 30 days, then are emptied.</p>
      {items.length === 0 ? (
        <p class="muted" data-testid="trash-empty">
          The trash is empty.
        </p>
      ) : (
        <ul class="plain" data-testid="trash">
          {items.map((item) => {
            const name = 'name' in item.record ? item.record.name : item.record.id;
            return (
              <li key={item.record.id} data-testid="trash-item">
                <strong>{name}</strong>{' '}
                <span class="muted">
                  {item.store === 'accounts' ? 'account' : 'contact'}, deleted{' '}
                  {new Date(item.record.deletedAt!).toLocaleDateString()}
                </span>{' '}
                <button type="button" onClick={() => onRestore(item)} aria-label={`Restore ${name}`}>
                  Restore
                </button>{' '}
                <button
                  type="button"
                  onClick={() => onErase(item)}
                  aria-label={`Delete ${name} permanently`}
                  data-testid="erase"
                >
                  Delete permanently
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
