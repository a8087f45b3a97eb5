import type { StoreName } from '../../../utils/shared/model';

const CSV_STORES: Array<[StoreName, string]> = [
  ['accounts', 'Accounts'],
  ['contacts', 'Contacts'],
  ['touchpoints', 'Touchpoints'],
  ['tasks', 'Tasks'],
  ['issues', 'Issues'],
  ['opportunities', 'Opportunities'],
];

/** One button per kind of record, each saving a CSV file. */
export function CsvExport({ onExport }: { onExport: (store: StoreName) => void }) {
  return (
    <p>
      Export as CSV:{' '}
      {CSV_STORES.map(([store, label]) => (
        <button key={store} type="button" class="link-button" onClick={() => onExport(store)}>
          {label}
        </button>
      ))}
    </p>
  );
}
