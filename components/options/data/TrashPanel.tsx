import type { AnyRecord } from '../../utils/shared/model';

export type TrashItem = { store: 'accounts' | 'contacts'; record: AnyRecord };

/** Deleted accounts and contacts, kept 30 days: restore, or erase for good (a privacy request). */
export function TrashPanel({ items, onRestore, onErase }: { items: TrashItem[]; onRestore: (item: TrashItem) => void; onErase: (item: TrashItem) => void }) {
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
                <strong>{name}</strong> <span class="muted">{item.store === 'accounts' ? 'account' : 'contact'}, deleted {new Date(item.record.deletedAt!).toLocaleDateString()}</span>{' '}
                <button type="button" onClick={() => onRestore(item)} aria-label={`Restore ${name}`}>
                  Restore
                </button>{' '}
                <button type="button" onClick={() => onErase(item)} aria-label={`Delete ${name} permanently`} data-testid="erase">
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
