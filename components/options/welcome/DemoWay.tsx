import { useDemoBook } from '../accounts/use-demo-book';

/** Twelve fictional accounts to try everything on, removable in one click (with Undo) once the user has seen enough. */
export function DemoWay() {
  const demo = useDemoBook();
  if (demo.loaded)
    return (
      <p data-testid="demo-loaded">
        The demo book is loaded: twelve fictional accounts (Northwind Traders, Contoso Pharmaceuticals…) with their
        history. Remove it when you have seen enough; your own accounts stay.{' '}
        <button type="button" onClick={() => void demo.remove()} data-testid="welcome-remove-demo">
          Remove the demo book
        </button>
      </p>
    );
  if (!demo.empty)
    return (
      <p class="muted">
        The demo book goes into an empty book only: you already have accounts. (The accounts list can replace them with
        it.)
      </p>
    );
  return (
    <p>
      <span class="muted">
        Twelve fictional client accounts with six months of history, to see the sidebar, briefings and the dashboard at
        work. One click removes them again.
      </span>{' '}
      <button type="button" onClick={() => void demo.load(false)} data-testid="welcome-load-demo">
        Load the demo book
      </button>
    </p>
  );
}
