import type { AccountView } from '../../../utils/shared/insights/account-view';
import type { Task } from '../../../utils/shared/model';
import { TaskList } from '../../sidebar/RecordLists';
import { formatDay, stored, type SaveChange } from './record-sections';

/** Tasks and promises to do, each done in place, then the last 20 done. */
export function AccountTasks({
  open,
  tasks,
  stamp,
  save,
}: {
  open: AccountView['tasks'];
  tasks: Task[];
  stamp: string;
  save: SaveChange;
}) {
  const done = (task: Task) =>
    save({ store: 'tasks', record: { ...stored(tasks, task.id), doneAt: stamp } }, `Done: ${task.title}.`);
  const finished = tasks.filter((t) => t.doneAt).sort((a, b) => b.doneAt!.localeCompare(a.doneAt!));
  return (
    <>
      <TaskList tasks={open} onDone={done} />
      {finished.length > 0 && (
        <section class="block" aria-labelledby="done-heading">
          <h3 id="done-heading">Done</h3>
          <ul class="items">
            {finished.slice(0, 20).map((t) => (
              <li key={t.id} class="muted">
                {t.title} · done {formatDay(t.doneAt!)}
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
