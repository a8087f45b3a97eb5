import { useEffect, useState } from 'preact/hooks';

export type OptionsRoute = { page: 'home' } | { page: 'account'; id: string };

/** `#/accounts/<id>` opens an account's page; anything else is the home page. */
export function parseRoute(hash: string): OptionsRoute {
  const match = /^#\/accounts\/([^/]+)$/.exec(hash);
  if (!match) return { page: 'home' };
  try {
    return { page: 'account', id: decodeURIComponent(match[1]!) };
  } catch {
    return { page: 'home' };
  }
}

export const accountHref = (id: string) => `#/accounts/${encodeURIComponent(id)}`;

/** How many times the route changed since the page loaded: Back may only go back within the options page. */
let moves = 0;

/** Back to the home page: through the browser's history when we came from there, else by going to it. */
export function goHome(): void {
  if (moves > 0) history.back();
  else location.hash = '#/';
}

/** The options page's route, from its own URL: links change the hash, so the browser's Back and Forward work. */
export function useHashRoute(): OptionsRoute {
  const [hash, setHash] = useState(location.hash);
  useEffect(() => {
    const changed = () => {
      moves++;
      setHash(location.hash);
      scrollTo(0, 0);
    };
    addEventListener('hashchange', changed);
    return () => removeEventListener('hashchange', changed);
  }, []);
  return parseRoute(hash);
}
