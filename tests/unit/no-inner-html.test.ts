// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { INNER_HTML_ASSIGNMENT, removeInnerHtml } from '../../scripts/build/no-inner-html';

/** Preact's own dist file, as the build reads it, and the same file after the build's rewrite. */
const preactPath = createRequire(import.meta.url)
  .resolve('preact')
  .replace(/\.js$/, '.mjs');
const original = readFileSync(preactPath, 'utf8');

async function loadPreact(code: string): Promise<typeof import('preact')> {
  return import(/* @vite-ignore */ `data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);
}

describe("the build removes Preact's dangerouslySetInnerHTML path", () => {
  it('Preact as shipped does write HTML from a string (what the rewrite guards against)', async () => {
    const { h, render } = await loadPreact(original);
    const root = document.createElement('div');
    render(h('div', { dangerouslySetInnerHTML: { __html: '<img src=x onerror="window.__pwned=1">' } }), root);
    expect(root.querySelector('img')).not.toBeNull();
  });

  it('after the rewrite, the prop throws and no markup reaches the page', async () => {
    const rewritten = removeInnerHtml(original, preactPath)!;
    expect(rewritten.match(INNER_HTML_ASSIGNMENT)).toBeNull();
    const { h, render } = await loadPreact(rewritten);
    const root = document.createElement('div');
    expect(() =>
      render(
        h('div', { dangerouslySetInnerHTML: { __html: '<img src=x onerror="window.__pwned=1"><b>bold</b>' } }),
        root,
      ),
    ).toThrow(/dangerouslySetInnerHTML is disabled/);
    expect(root.querySelector('img, b')).toBeNull();
    // Text still renders as text.
    render(h('p', null, '<b>bold</b>'), root);
    expect(root.querySelector('p')!.textContent).toBe('<b>bold</b>');
    expect(root.querySelector('b')).toBeNull();
  });

  it("leaves other modules alone, and fails the build if Preact's code changes shape", () => {
    expect(removeInnerHtml('el.innerHTML=x.__html', '/src/components/Thing.tsx')).toBeNull();
    expect(() => removeInnerHtml('export const h = 1;', preactPath)).toThrow(/No innerHTML assignment found/);
  });
});
