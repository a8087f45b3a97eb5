import type { Touchpoint } from '../../utils/shared/model';
import type { threadMessages } from '../../utils/shared/insights/page-log';

/** One message of the thread, with the touchpoint it would log and the entry already logged for it. */
export type MessageRow = ReturnType<typeof threadMessages>[number];
type Row = MessageRow;

/** Who sent a message, as the people on the page name them; the address where the page shows no name. */
export type SenderName = (address: string | undefined) => string;

/**
 * The messages of a thread of several, each loggable on its own: the sender, when it was sent, and Log or
 * "Logged ✓" (which shows the entry in the timeline). The newest is the card's own "Log this email".
 */
export function ThreadMessages({
  rows,
  senderName,
  accountName,
  onLog,
  onShowLogged,
}: {
  rows: Row[];
  senderName: SenderName;
  accountName: string;
  onLog: (row: Row) => void;
  onShowLogged: (entry: Touchpoint) => void;
}) {
  if (rows.length < 2) return null;
  return (
    <details class="thread-messages" data-testid="thread-messages">
      <summary>Each message of this thread ({rows.length})</summary>
      <ul class="items">
        {rows.map((row) => (
          <li key={row.message.id} data-testid="thread-message">
            <span class="name">{senderName(row.message.from)}</span>{' '}
            <span class="muted">
              {row.fromClient ? 'from the client' : row.fromYou ? 'from you' : 'from your side'}
              {row.message.sentAt
                ? ` · ${new Date(row.message.sentAt).toLocaleString([], { dateStyle: 'medium', timeStyle: 'short' })}`
                : ''}
            </span>{' '}
            {row.logged ? (
              <button type="button" class="link" onClick={() => onShowLogged(row.logged!)} data-testid="message-logged">
                Logged ✓
              </button>
            ) : (
              <button
                type="button"
                class="link"
                onClick={() => onLog(row)}
                aria-label={`Log this message in ${accountName}`}
                data-testid="log-message"
              >
                Log
              </button>
            )}
          </li>
        ))}
      </ul>
    </details>
  );
}
