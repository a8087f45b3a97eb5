import type { Account } from '../../../utils/shared/model';
import { formatDay, type SaveChange } from './record-sections';

/** The account's objectives, each ticked done or reopened in place. */
export function AccountObjectives({ account, save }: { account: Account; save: SaveChange }) {
  const toggle = (index: number) =>
    save(
      {
        store: 'accounts',
        record: {
          ...account,
          objectives: account.objectives.map((o, i) => (i === index ? { ...o, done: !o.done } : o)),
        },
      },
      `Objective ${account.objectives[index]!.done ? 'reopened' : 'done'}.`,
    );
  return (
    <section class="block" aria-labelledby="objectives-heading">
      <h3 id="objectives-heading">Objectives</h3>
      {account.objectives.length === 0 ? (
        <p class="muted">None set.</p>
      ) : (
        <ul class="items" data-testid="objectives">
          {account.objectives.map((o, i) => (
            <li key={i}>
              <label class="inline">
                <input type="checkbox" checked={o.done} onChange={() => toggle(i)} />{' '}
                <span class={o.done ? 'done' : ''}>{o.text}</span>
              </label>
              {o.due && <span class="muted"> · by {formatDay(`${o.due}T12:00:00`)}</span>}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
