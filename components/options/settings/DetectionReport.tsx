import type { DetectionMissCount } from '../../../utils/protocol/messaging';
import { useOptions } from '../options-state';

const SITE_NAMES = { gmail: 'Gmail', 'google-calendar': 'Google Calendar', outlook: 'Outlook' } as const;

/** The detection report as read when the page opened; copying it says so. */
export function DetectionSection() {
  const { api, state, notify } = useOptions();
  return (
    <DetectionReport
      misses={state.settings.misses.value}
      onCopy={(text) => void api.copyText(text).then(() => notify({ text: 'Detection report copied.', error: false }))}
    />
  );
}

/** What the page readers could not find, by site, view and part. It holds no names, addresses or subjects, so it can be shared as it is. */
export function DetectionReport({ misses, onCopy }: { misses: DetectionMissCount[]; onCopy: (text: string) => void }) {
  return (
    <section aria-labelledby="detection-heading">
      <h2 id="detection-heading">Detection report</h2>
      {misses.length === 0 ? (
        <p class="muted" data-testid="detection-clean">
          Every page so far was read without a miss.
        </p>
      ) : (
        <>
          <table data-testid="detection-report">
            <thead>
              <tr>
                <th scope="col">Site</th>
                <th scope="col">View</th>
                <th scope="col">Not found</th>
                <th scope="col" class="num">
                  Times
                </th>
                <th scope="col">Last seen</th>
              </tr>
            </thead>
            <tbody>
              {misses.map((m) => (
                <tr key={`${m.site}/${m.view}/${m.part}`}>
                  <td>{SITE_NAMES[m.site]}</td>
                  <td>{m.view}</td>
                  <td>{m.part}</td>
                  <td class="num">{m.count}</td>
                  <td>{new Date(m.lastSeen).toLocaleString()}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <p>
            <button type="button" onClick={() => onCopy(JSON.stringify(misses, null, 2))}>
              Copy report
            </button>{' '}
            <span class="muted">
              Paste it into a bug report, with which page you were on (e.g. "Gmail, a thread with a calendar invite").
            </span>
          </p>
        </>
      )}
    </section>
  );
}
