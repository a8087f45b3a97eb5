import type { Due } from '../../utils/shared/insights/due';
import type { Task } from '../../utils/shared/model';

/** Today's follow-ups and promises (overdue first) and renewals within 30 days, each one click from done or snooze. */
export function DueList({
  due,
  onDone,
  onSnooze,
  onPlanRenewal,
}: {
  due: Due;
  onDone: (t: Task) => void;
  onSnooze: (t: Task) => void;
  onPlanRenewal: (accountId: string) => void;
}) {
  const empty = due.tasks.length === 0 && due.renewals.length === 0;
  return (
    <section aria-labelledby="due-heading" class="due">
      <h2 id="due-heading">Due</h2>
      {empty && <p class="muted">Nothing due today.</p>}
      <ul class="due-list" data-testid="due-list">
        {due.tasks.map(({ task, accountName, overdue }) => (
          <li key={task.id} class={overdue ? 'overdue' : ''} data-testid="due-task">
            <span class="title">{task.title}</span>
            <span class="muted">
              {' '}
              · {accountName} · {overdue ? <span class="overdue-label">overdue</span> : 'today'}
            </span>
            <span class="row-actions">
              <button type="button" onClick={() => onDone(task)} aria-label={`Done: ${task.title}`}>
                Done
              </button>
              <button type="button" onClick={() => onSnooze(task)} aria-label={`Snooze until tomorrow: ${task.title}`}>
                Snooze
              </button>
            </span>
          </li>
        ))}
        {due.renewals.map(({ account, inDays }) => (
          <li key={account.id} data-testid="due-renewal">
            <span class="title">{account.name}</span>{' '}
            <span class="muted">renews {inDays === 0 ? 'today' : `in ${inDays} days`}</span>
            <span class="row-actions">
              <button type="button" onClick={() => onPlanRenewal(account.id)}>
                Plan renewal
              </button>
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
