import { useDemoBook } from './use-demo-book';

/**
 * Puts the demo portfolio in place; over existing data only once the user confirms, as it replaces everything.
 * Once loaded, it offers to remove it instead.
 */
export function LoadDemoButton() {
  const demo = useDemoBook();
  if (demo.loaded)
    return (
      <button type="button" onClick={() => void demo.remove()} data-testid="remove-demo">
        Remove the demo book
      </button>
    );
  const load = () => {
    if (demo.replaces && !confirm('Replace all your data with the demo portfolio? This cannot be undone.')) return;
    void demo.load(demo.replaces);
  };
  return (
    <button type="button" onClick={load} data-testid="load-demo">
      Load demo data
    </button>
  );
}
