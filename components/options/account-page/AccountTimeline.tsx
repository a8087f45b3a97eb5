import type { Touchpoint } from '../../../utils/shared/model';

/** An account's touchpoints, newest first, as many as `shown`; "Show older" asks for more. */
export function AccountTimeline({
  touchpoints,
  shown,
  more,
  privacy,
  onMore,
}: {
  touchpoints: Touchpoint[];
  shown: number;
  more: boolean;
  privacy: boolean;
  onMore: () => void;
}) {
  return (
    <section class="block" aria-labelledby="timeline-heading">
      <h3 id="timeline-heading">Timeline</h3>
      {touchpoints.length === 0 ? (
        <p class="muted">Nothing logged yet.</p>
      ) : (
        <ol class="timeline" data-testid="account-timeline">
          {touchpoints.slice(0, shown).map((t) => (
            <li key={t.id} data-testid="timeline-item">
              <span class="kind">{t.kind}</span> <span class="muted">{t.direction}</span>{' '}
              <time class="when" dateTime={t.occurredAt}>
                {new Date(t.occurredAt).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' })}
              </time>
              {t.sentiment !== 'neutral' && <span class={`sentiment sentiment-${t.sentiment}`}>{t.sentiment}</span>}
              {t.loggedBy && t.loggedBy !== 'You' && <span class="muted"> · by {t.loggedBy}</span>}
              <div class={t.kind === 'note' && privacy ? 'summary private' : 'summary'}>
                {t.summary || t.source?.subject || '(no summary)'}
              </div>
            </li>
          ))}
        </ol>
      )}
      {more && (
        <button type="button" onClick={onMore} data-testid="timeline-more">
          Show older
        </button>
      )}
    </section>
  );
}
