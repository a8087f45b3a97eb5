import { useEffect, useRef, useState } from 'preact/hooks';
import type { SearchHit } from '../../utils/background/search/index';

/**
 * The search box the popup opens on: type, arrows, Enter. Results are
 * accounts and contacts (a contact picks their account); typos are forgiven.
 */
export function AccountSearch({
  search,
  onPick,
  error,
}: {
  search: (q: string) => Promise<SearchHit[]>;
  onPick: (hit: SearchHit) => void;
  error?: string;
}) {
  const [query, setQuery] = useState('');
  const [hits, setHits] = useState<SearchHit[]>([]);
  const [active, setActive] = useState(0);
  const [failed, setFailed] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const asked = useRef(0);

  useEffect(() => input.current?.focus(), []);
  useEffect(() => {
    const ticket = ++asked.current;
    setFailed(null);
    if (!query.trim()) return setHits([]);
    // Only the newest query's answer is shown, whatever order the answers arrive in.
    search(query).then(
      (found) => ticket === asked.current && (setHits(found), setActive(0)),
      (error: unknown) => ticket === asked.current && (setHits([]), setFailed((error as Error).message)),
    );
  }, [query]);

  const pick = (hit: SearchHit | undefined) => {
    if (!hit) return;
    onPick(hit);
    setQuery('');
    setHits([]);
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'ArrowDown') setActive((i) => Math.min(i + 1, hits.length - 1));
    else if (event.key === 'ArrowUp') setActive((i) => Math.max(i - 1, 0));
    else if (event.key === 'Enter' && !event.ctrlKey && !event.metaKey) pick(hits[active]);
    else if (event.key === 'Escape' && query) setQuery('');
    else return;
    event.preventDefault();
  };

  return (
    <div class="search">
      <label for="account-search" class="visually-hidden">
        Find an account or contact
      </label>
      <input
        id="account-search"
        ref={input}
        type="search"
        role="combobox"
        list={undefined}
        aria-expanded={hits.length > 0}
        aria-controls="search-results"
        aria-activedescendant={hits[active] ? `hit-${hits[active]!.id}` : undefined}
        aria-invalid={!!error}
        aria-describedby={error ? 'account-error' : undefined}
        placeholder="Find an account or contact…"
        value={query}
        onInput={(e) => setQuery(e.currentTarget.value)}
        onKeyDown={onKeyDown}
        autocomplete="off"
        data-testid="search"
      />
      {error && (
        <p id="account-error" class="field-error" data-testid="account-error">
          {error}
        </p>
      )}
      {failed && (
        <p class="field-error" role="alert" data-testid="search-failed">
          The search did not answer ({failed}). Type again to retry.
        </p>
      )}
      {hits.length > 0 && (
        <ul id="search-results" role="listbox" class="hits" data-testid="search-results">
          {hits.map((hit, i) => (
            <li
              key={hit.id}
              id={`hit-${hit.id}`}
              role="option"
              aria-selected={i === active}
              class={i === active ? 'active' : ''}
              onMouseDown={(e) => (e.preventDefault(), pick(hit))}
              data-testid="search-hit"
            >
              <span class="hit-name">{hit.name}</span>{' '}
              <span class="muted">{hit.kind === 'account' ? hit.detail : `contact · ${hit.detail}`}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
