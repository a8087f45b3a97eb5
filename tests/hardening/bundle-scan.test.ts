import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { countFigure } from './figures';

/**
 * What must never appear in a shipped bundle: code built from strings, HTML written from strings,
 * and code loaded from the network. `npm run test:hardening` builds first; the Firefox build is
 * scanned too when it is there (`npm test` builds it before this run).
 */
const FORBIDDEN: Array<{ name: string; pattern: RegExp }> = [
  { name: 'eval', pattern: /(?<![\w$])eval\s*\(/ },
  { name: 'new Function', pattern: /\bnew\s+Function\s*\(/ },
  { name: 'Function from a string', pattern: /(?<![\w$.])Function\s*\(\s*["'`]/ },
  {
    name: 'innerHTML/outerHTML assignment',
    pattern: /(?:\.|\[\s*["'`])(?:inner|outer)HTML(?:["'`]\s*\])?\s*(?:[+|&?]{0,2}=)(?!=)/,
  },
  { name: 'document.write', pattern: /\bdocument\s*\.\s*write(?:ln)?\s*\(/ },
  { name: 'insertAdjacentHTML', pattern: /insertAdjacentHTML/ },
  { name: 'remote script', pattern: /<script\b[^>]*\bsrc\s*=\s*["']?(?:https?:)?\/\//i },
  { name: 'remote import', pattern: /\bimport\s*\(\s*["'`](?:https?:)?\/\// },
  { name: 'remote importScripts', pattern: /\bimportScripts\s*\(\s*["'`](?:https?:)?\/\// },
];

export function findForbidden(code: string): Array<{ name: string; excerpt: string }> {
  const found: Array<{ name: string; excerpt: string }> = [];
  for (const { name, pattern } of FORBIDDEN) {
    const match = pattern.exec(code);
    if (match) found.push({ name, excerpt: code.slice(Math.max(0, match.index - 60), match.index + 60) });
  }
  return found;
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.(js|mjs|html)$/.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name));
}

const BUILDS = ['chrome-mv3', 'firefox-mv3']
  .map((name) => join('.output', name))
  .filter((dir) => existsSync(join(dir, 'manifest.json')));

describe('the scan itself', () => {
  it.each([
    ['eval', 'x=1;eval(code)'],
    ['eval', 'window.eval (code)'],
    ['new Function', 'const f=new Function("a","return a")'],
    ['Function from a string', 'var g=Function("return this")()'],
    ['innerHTML/outerHTML assignment', 'e.innerHTML=t.__html'],
    ['innerHTML/outerHTML assignment', 'el.outerHTML = s'],
    ['innerHTML/outerHTML assignment', 'el.innerHTML+=s'],
    ['innerHTML/outerHTML assignment', 'el["innerHTML"]=s'],
    ['document.write', 'document.write("<b>")'],
    ['insertAdjacentHTML', 'el.insertAdjacentHTML("beforeend",s)'],
    ['remote script', '<script type="module" src="https://cdn.example/x.js"></script>'],
    ['remote script', '<script src=//cdn.example/x.js></script>'],
    ['remote import', 'await import("https://cdn.example/x.js")'],
    ['remote importScripts', 'importScripts("https://cdn.example/x.js")'],
  ])('finds %s in %s', (name, code) => {
    expect(findForbidden(code).map((f) => f.name)).toContain(name);
  });

  it.each([
    'a.innerHTML==b.__html',
    'el.textContent=s',
    'retrieval(x)',
    'medieval (times)',
    'el.innerHTMLish=1',
    '<script type="module" crossorigin src="/chunks/popup.js"></script>',
    'import("./chunks/parse.js")',
  ])('lets %s through', (code) => {
    expect(findForbidden(code)).toEqual([]);
  });
});

describe('built bundles', () => {
  it('there is a Chrome build to scan', () => {
    expect(BUILDS).toContain(join('.output', 'chrome-mv3'));
  });

  for (const build of BUILDS) {
    it(`${build}: no code from strings, no HTML from strings, no remote code`, () => {
      const files = filesUnder(build);
      expect(files.some((f) => f.endsWith('background.js'))).toBe(true);
      const offences = files.flatMap((file) =>
        findForbidden(readFileSync(file, 'utf8')).map((f) => `${relative(build, file)}: ${f.name} in …${f.excerpt}…`),
      );
      countFigure('bundle files scanned', files.length);
      expect(offences).toEqual([]);
    });

    it(`${build}: content scripts say nothing to the page (no start-up event or window message)`, () => {
      const scripts = filesUnder(join(build, 'content-scripts'));
      expect(scripts.length).toBe(3);
      for (const file of scripts) {
        const code = readFileSync(file, 'utf8');
        expect(code, relative(build, file)).not.toMatch(/content-script-started|postMessage|dispatchEvent/);
      }
    });

    it(`${build}: the manifest allows no eval and no remote scripts`, () => {
      const manifest = JSON.parse(readFileSync(join(build, 'manifest.json'), 'utf8')) as {
        content_security_policy?: unknown;
      };
      const policy = JSON.stringify(manifest.content_security_policy ?? '');
      expect(policy).not.toMatch(/unsafe-eval|unsafe-inline|https?:/);
    });
  }
});
