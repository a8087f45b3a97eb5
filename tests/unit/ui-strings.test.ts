import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * Every word the interface shows goes through the message catalogue (`t`): a text written straight into
 * JSX, or into an attribute a person reads or hears (title, aria-label, placeholder, alt, label), would stay
 * English in every language. Symbols (·, ✓, ×) are not words and may stay.
 */
const ROOT = join(__dirname, '..', '..');
const READ_ATTRIBUTES = new Set(['title', 'aria-label', 'placeholder', 'alt', 'label', 'aria-description']);
const WORD = /\p{L}{2,}/u;

function* tsxFiles(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* tsxFiles(path);
    else if (entry.name.endsWith('.tsx')) yield path;
  }
}

function wordsInJsx(path: string): string[] {
  const source = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: string[] = [];
  const where = (node: ts.Node) =>
    `${relative(ROOT, path)}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node) && WORD.test(node.text)) found.push(`${where(node)} ${node.text.trim()}`);
    if (ts.isJsxAttribute(node) && READ_ATTRIBUTES.has(node.name.getText()) && node.initializer) {
      const value = ts.isStringLiteral(node.initializer)
        ? node.initializer
        : ts.isJsxExpression(node.initializer) && node.initializer.expression;
      if (value && (ts.isStringLiteral(value) || ts.isNoSubstitutionTemplateLiteral(value)) && WORD.test(value.text))
        found.push(`${where(node)} ${node.name.getText()}="${value.text}"`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** Folders whose texts are still written in English, being moved into the catalogue; the list only shrinks. */
const STILL_IN_ENGLISH = [
  'components/briefing',
  'components/popup',
  'components/sidebar',
  'components/options/accounts',
  'components/options/account-page',
  'components/options/contacts',
  'components/options/dashboard',
  'components/options/data',
  'components/options/settings',
  'components/options/templates',
  'components/options/welcome',
  'components/options/OptionsApp.tsx',
  'components/options/Pager.tsx',
  'components/options/Notice.tsx',
  'components/options/WhatsNew.tsx',
];

describe('interface texts', () => {
  it('come from the message catalogue, never written into the markup', () => {
    const files = [...tsxFiles(join(ROOT, 'components')), ...tsxFiles(join(ROOT, 'entrypoints'))];
    expect(files.length).toBeGreaterThan(50);
    const checked = files.filter((file) => !STILL_IN_ENGLISH.some((area) => relative(ROOT, file).startsWith(area)));
    expect(checked.flatMap(wordsInJsx)).toEqual([]);
  });
});
