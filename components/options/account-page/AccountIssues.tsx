import type { AccountView } from '../../../utils/shared/insights/account-view';
import type { Issue } from '../../../utils/shared/model';
import { IssueList } from '../../sidebar/RecordLists';
import { formatDay, stored, type SaveChange } from './record-sections';

/** Open issues, each resolved in place, then the resolved ones, latest first. */
export function AccountIssues({
  open,
  issues,
  stamp,
  save,
}: {
  open: AccountView['openIssues'];
  issues: Issue[];
  stamp: string;
  save: SaveChange;
}) {
  const resolve = (issue: Issue) =>
    save(
      { store: 'issues', record: { ...stored(issues, issue.id), status: 'resolved', resolvedAt: stamp } },
      `Resolved ${issue.title}.`,
    );
  const resolved = issues
    .filter((i) => i.status === 'resolved')
    .sort((a, b) => (b.resolvedAt ?? '').localeCompare(a.resolvedAt ?? ''));
  return (
    <>
      <div data-testid="account-open-issues">
        <IssueList issues={open} onResolve={resolve} />
      </div>
      {resolved.length > 0 && (
        <section class="block" aria-labelledby="resolved-heading">
          <h3 id="resolved-heading">Resolved issues</h3>
          <ul class="items" data-testid="resolved-issues">
            {resolved.map((i) => (
              <li key={i.id}>
                <span class={`severity severity-${i.severity}`}>{i.severity}</span> {i.title}
                <span class="muted"> · resolved {i.resolvedAt ? formatDay(i.resolvedAt) : ''}</span>
                {i.resolution && <div class="muted">{i.resolution}</div>}
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
