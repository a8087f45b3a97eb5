import type { Plugin } from 'vite';

/**
 * Preact ships one path that writes HTML from a string: `dangerouslySetInnerHTML` ends in
 * `dom.innerHTML = value.__html`. Account Lens never uses the prop, so the build replaces that
 * assignment with a throw. No HTML string can reach the DOM through Preact, even by mistake, and
 * the built bundles contain no `innerHTML` assignment for a scan or a store reviewer to find.
 */
export const INNER_HTML_ASSIGNMENT = /\(([\w$]+)\.innerHTML=([\w$]+)\.__html\)/g;
const REFUSAL =
  '(()=>{throw new TypeError("dangerouslySetInnerHTML is disabled in Account Lens: render text instead.")})()';
const PREACT_DIST = /[\\/]node_modules[\\/]preact[\\/]dist[\\/]preact\.m?js$/;

/** Rewrites Preact's `dangerouslySetInnerHTML` branch; returns null when the code is not Preact's. */
export function removeInnerHtml(code: string, id: string): string | null {
  if (!PREACT_DIST.test(id.split('?')[0]!)) return null;
  const replaced = code.replace(INNER_HTML_ASSIGNMENT, REFUSAL);
  // Fail the build, rather than ship the path, when a Preact upgrade changes its shape.
  if (replaced === code)
    throw new Error(
      `No innerHTML assignment found in ${id}: update scripts/build/no-inner-html.ts for this Preact version.`,
    );
  return replaced;
}

export function noInnerHtml(): Plugin {
  return {
    name: 'account-lens:no-inner-html',
    enforce: 'pre',
    transform(code, id) {
      const replaced = removeInnerHtml(code, id);
      return replaced === null ? null : { code: replaced, map: null };
    },
  };
}
