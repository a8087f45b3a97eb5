import { useState } from 'preact/hooks';
import { TOUCHPOINT_KINDS, type Touchpoint, type TouchpointKind } from '../../utils/shared/model';

const KIND_LABEL: Record<TouchpointKind, string> = {
  email: 'Email',
  call: 'Call',
  meeting: 'Meeting',
  note: 'Note',
  visit: 'Visit',
};

/** Touchpoints, newest first, filterable by kind. `highlightId` marks (and scrolls to) one entry. */
export function Timeline({
  touchpoints,
  highlightId,
  privacy,
}: {
  touchpoints: Touchpoint[];
  highlightId?: string;
  privacy: boolean;
}) {
  const [kind, setKind] = useState<TouchpointKind | 'all'>('all');
  const shown = kind === 'all' ? touchpoints : touchpoints.filter((t) => t.kind === kind);
  return (
    <section class="block" aria-label="Timeline">
      <div class="block-head">
        <h3>Timeline</h3>
        <label class="inline">
          <span class="visually-hidden">Show</span>
          <select
            value={kind}
            onChange={(e) => setKind(e.currentTarget.value as TouchpointKind | 'all')}
            data-testid="timeline-filter"
          >
            <option value="all">All kinds</option>
            {TOUCHPOINT_KINDS.map((k) => (
              <option key={k} value={k}>
                {KIND_LABEL[k]}
              </option>
            ))}
          </select>
        </label>
      </div>
      {shown.length === 0 ? (
        <p class="muted">Nothing logged{kind === 'all' ? '' : ` of this kind`}.</p>
      ) : (
        <ol class="timeline">
          {shown.slice(0, 30).map((t) => (
            <li
              key={t.id}
              id={`touchpoint-${t.id}`}
              class={t.id === highlightId ? 'highlight' : ''}
              tabIndex={t.id === highlightId ? -1 : undefined}
              data-testid="timeline-item"
            >
              <span class={`kind kind-${t.kind}`}>{KIND_LABEL[t.kind]}</span>
              <span class="when">
                {new Date(t.occurredAt).toLocaleDateString(undefined, { day: 'numeric', month: 'short' })}
              </span>
              {t.sentiment !== 'neutral' && <span class={`sentiment sentiment-${t.sentiment}`}>{t.sentiment}</span>}
              <div class={t.kind === 'note' && privacy ? 'summary private' : 'summary'}>
                {t.summary || t.source?.subject || '(no summary)'}
              </div>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
