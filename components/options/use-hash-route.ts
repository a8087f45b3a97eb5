import { useEffect, useRef, useState } from 'preact/hooks';

export type OptionsRoute =
  { page: 'home' } | { page: 'welcome' } | { page: 'templates' } | { page: 'account'; id: string };

/**
 * `#/welcome` is the welcome page (opened on first install), `#/templates` the email templates, `#/accounts/<id>`
 * an account's page; anything else is home.
 */
export function parseRoute(hash: string): OptionsRoute {
  if (hash === '#/welcome') return { page: 'welcome' };
  if (hash === '#/templates') return { page: 'templates' };
  const match = /^#\/accounts\/([^/]+)$/.exec(hash);
  if (!match) return { page: 'home' };
  try {
    return { page: 'account', id: decodeURIComponent(match[1]!) };
  } catch {
    return { page: 'home' };
  }
}

export const accountHref = (id: string) => `#/accounts/${encodeURIComponent(id)}`;

/**
 * The options page's route, from its own URL: links change the hash, so the browser's Back and Forward work.
 * Coming back home returns to where the page was; an account page opens at its top. `goHome` goes back
 * through the browser's history when the page came from there, else goes to the home page.
 */
export function useHashRoute(): { route: OptionsRoute; goHome: () => void } {
  const [hash, setHash] = useState(location.hash);
  /** How many times the route changed since the page was mounted: Back may only go back within the options page. */
  const moves = useRef(0);
  /** Where the home page was scrolled to when an account was opened, to return there. */
  const homeScroll = useRef(0);
  useEffect(() => {
    let shown = location.hash;
    const changed = () => {
      moves.current++;
      if (parseRoute(shown).page === 'home') homeScroll.current = scrollY;
      shown = location.hash;
      setHash(shown);
    };
    addEventListener('hashchange', changed);
    return () => removeEventListener('hashchange', changed);
  }, []);
  const route = parseRoute(hash);
  useEffect(() => scrollTo(0, route.page === 'home' ? homeScroll.current : 0), [hash]);
  const goHome = () => {
    if (moves.current > 0) history.back();
    else location.hash = '#/';
  };
  return { route, goHome };
}
