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

/** Where the home page was scrolled to when an account was opened, to return there. */
let homeScroll = 0;

/**
 * The options page's route, from its own URL: links change the hash, so the browser's Back and Forward work.
 * Coming back home returns to where the page was; an account page opens at its top.
 */
export function useHashRoute(): OptionsRoute {
  const [hash, setHash] = useState(location.hash);
  useEffect(() => {
    let shown = location.hash;
    const changed = () => {
      moves++;
      if (parseRoute(shown).page === 'home') homeScroll = scrollY;
      shown = location.hash;
      setHash(shown);
    };
    addEventListener('hashchange', changed);
    return () => removeEventListener('hashchange', changed);
  }, []);
  const route = parseRoute(hash);
  useEffect(() => scrollTo(0, route.page === 'home' ? homeScroll : 0), [hash]);
  return route;
}
