import { useState } from 'preact/hooks';
import { useOptions } from '../options-state';
import { DemoWay } from './DemoWay';
import { FirstAccountWay } from './FirstAccountWay';
import { ImportWay } from './ImportWay';

/** The ways to start a book: import, the team's CRM (coming), the demo book, or a first account by hand. */
export function StartWays() {
  const { state } = useOptions();
  const count = state.accounts.list.value?.length ?? null;
  const [adding, setAdding] = useState(false);
  return (
    <section class="welcome-step step-start" aria-labelledby="start-heading" data-testid="welcome-start">
      <h2 id="start-heading">Start your book of accounts</h2>
      <p class="muted" data-testid="welcome-book">
        {count === null
          ? 'Reading your accounts…'
          : count === 0
            ? 'Your book is empty: choose a way to start.'
            : `Your book holds ${count} account${count === 1 ? '' : 's'}.`}
      </p>
      <ol class="ways">
        <li>
          <h3>Import your CSV exports</h3>
          <ImportWay />
        </li>
        <li>
          <h3>Connect your team's CRM</h3>
          <p class="muted" data-testid="crm-coming">
            Coming: HubSpot first, then Salesforce, so your accounts stay in step with what your team keeps there. Until
            then, export CSV files from it and import them.
          </p>
        </li>
        <li>
          <h3>Try the demo book</h3>
          <DemoWay />
        </li>
        <li>
          <h3>Add your first account by hand</h3>
          <FirstAccountWay adding={adding} setAdding={setAdding} />
        </li>
      </ol>
    </section>
  );
}
