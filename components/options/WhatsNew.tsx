import { useEffect, useState } from 'preact/hooks';
import { whatsNewFor } from '../../utils/shared/whats-new';
import { useOptions } from './options-state';

/**
 * After an update that changed what users see, the notes of the versions since the last one read, marked new
 * until opened. Nothing opens a tab for it: it waits here. Older notes stay readable.
 */
export function WhatsNew() {
  const { api } = useOptions();
  const [versions, setVersions] = useState<{ running: string; readUpTo: string | null } | null>(null);
  useEffect(() => void api.whatsNew().then(setVersions, () => undefined), []);
  if (!versions) return null;
  const notes = whatsNewFor(versions.running, versions.readUpTo);
  if (!notes.length) return null;
  const unread = notes.some((note) => note.unread);
  const markRead = () =>
    unread &&
    void api.markWhatsNewRead(versions.running).then(
      () => setVersions({ ...versions, readUpTo: versions.running }),
      () => undefined,
    );
  return (
    <details
      class="whats-new"
      onToggle={(e) => e.currentTarget.open && markRead()}
      data-testid="whats-new"
      data-unread={unread ? '' : undefined}
    >
      <summary>
        What's new in Account Lens {notes[0]!.version}{' '}
        {unread && (
          <span class="badge-new" data-testid="whats-new-badge">
            New
          </span>
        )}
      </summary>
      {notes.map((note) => (
        <div key={note.version}>
          {notes.length > 1 && <h3>{note.version}</h3>}
          <ul>
            {note.items.map((item) => (
              <li key={item}>{item}</li>
            ))}
          </ul>
        </div>
      ))}
    </details>
  );
}
