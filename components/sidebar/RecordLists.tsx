import { formatMoney } from '../../utils/shared/format';
import type { AccountView } from '../../utils/shared/insights/account-view';
import {
  OPPORTUNITY_STAGES,
  type Issue,
  type Opportunity,
  type OpportunityStage,
  type Task,
} from '../../utils/shared/model';

export function IssueList({
  issues,
  onResolve,
}: {
  issues: AccountView['openIssues'];
  onResolve: (issue: Issue) => void;
}) {
  return (
    <section class="block" aria-label="Open issues">
      <h3>Open issues {issues.length > 0 && <span class="count">{issues.length}</span>}</h3>
      {issues.length === 0 ? (
        <p class="muted">No open issues.</p>
      ) : (
        <ul class="items">
          {issues.map((issue) => (
            <li key={issue.id} data-testid="issue">
              <span class={`severity severity-${issue.severity}`}>{issue.severity}</span>{' '}
              <span class="title">{issue.title}</span>
              <span class="muted"> · {issue.ageDays === 0 ? 'today' : `${issue.ageDays} d old`}</span>
              <button type="button" class="link" onClick={() => onResolve(issue)}>
                Resolve
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

export function OpportunityList({
  opportunities,
  privacy,
  onStage,
}: {
  opportunities: Opportunity[];
  privacy: boolean;
  onStage: (o: Opportunity, stage: OpportunityStage) => void;
}) {
  return (
    <section class="block" aria-label="Opportunities">
      <h3>Opportunities</h3>
      {opportunities.length === 0 ? (
        <p class="muted">None in play.</p>
      ) : (
        <ul class="items">
          {opportunities.map((o) => (
            <li key={o.id} data-testid="opportunity">
              <span class="title">{o.title}</span>
              {o.value && (
                <span class="private-able value">
                  {' '}
                  · <span class={privacy ? 'private' : ''}>{formatMoney(o.value)}</span>
                </span>
              )}
              <label class="inline stage">
                <span class="visually-hidden">Stage of {o.title}</span>
                <select value={o.stage} onChange={(e) => onStage(o, e.currentTarget.value as OpportunityStage)}>
                  {OPPORTUNITY_STAGES.map((s) => (
                    <option key={s} value={s}>
                      {s}
                    </option>
                  ))}
                </select>
              </label>
              {o.nextStep && <div class="muted">Next: {o.nextStep}</div>}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

export function TaskList({ tasks, onDone }: { tasks: AccountView['tasks']; onDone: (task: Task) => void }) {
  return (
    <section class="block" aria-label="Tasks and promises">
      <h3>Tasks and promises</h3>
      {tasks.length === 0 ? (
        <p class="muted">Nothing due.</p>
      ) : (
        <ul class="items">
          {tasks.map((task) => (
            <li key={task.id} class={task.overdue ? 'overdue' : ''} data-testid="task">
              <span class="title">{task.title}</span>
              <span class={task.overdue ? 'due overdue-label' : 'due muted'}>
                {' '}
                · {task.overdue ? 'overdue, ' : 'due '}
                {new Date(task.dueAt).toLocaleDateString(undefined, { day: 'numeric', month: 'short' })}
              </span>
              <button type="button" class="link" onClick={() => onDone(task)}>
                Done
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
