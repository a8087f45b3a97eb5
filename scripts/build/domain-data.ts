import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as trie from 'tldts/dist/es6/src/data/trie.js';
import { FREE_MAIL_FILE, PUBLIC_SUFFIXES_FILE, type DomainData } from '../../utils/shared/match/domains';

/*
 * The Public Suffix List and the free-mail providers are data, tens of thousands of entries: shipped as
 * text files the background and the options page read when they first need them, rather than compiled
 * into the worker's script, which is evaluated at every wake-up. The list is taken from the tldts package
 * (its packed trie, walked here at build time) and the providers from email-providers.
 */

const ICANN = 1;

/** Every ICANN rule of the list, one per line, in the list's own notation (`*.ck`, `!www.ck`). */
export function publicSuffixRules(): string[] {
  const { nodeFlags, edgeStart, edgeLength, edgeChild, labelText, rulesRoot, exceptionsRoot } = trie;
  // Each edge's label starts where the previous edge's ended, in edge order.
  const edgeOffset: number[] = [];
  for (let edge = 0, offset = 0; edge < edgeLength.length; edge++) {
    edgeOffset.push(offset);
    offset += edgeLength[edge]!;
  }
  const rules: string[] = [];
  const walk = (node: number, labels: string[], prefix: string) => {
    if (labels.length && nodeFlags[node]! & ICANN) rules.push(prefix + [...labels].reverse().join('.'));
    for (let edge = edgeStart[node]!; edge < edgeStart[node + 1]!; edge++) {
      const label = labelText.slice(edgeOffset[edge], edgeOffset[edge]! + edgeLength[edge]!);
      walk(edgeChild[edge]!, [...labels, label], prefix);
    }
  };
  walk(rulesRoot, [], '');
  walk(exceptionsRoot, [], '!');
  if (rules.length < 5000 || !rules.includes('co.uk') || !rules.includes('!www.ck'))
    throw new Error('The Public Suffix List read from tldts looks wrong: update scripts/build/domain-data.ts.');
  return rules.sort();
}

export function freeMailDomains(): string[] {
  const require = createRequire(import.meta.url);
  return (JSON.parse(readFileSync(require.resolve('email-providers/all.json'), 'utf8')) as string[]).sort();
}

/** Both lists, as the files hold them. */
export function domainData(): DomainData {
  return { publicSuffixes: publicSuffixRules().join('\n') + '\n', freeMail: freeMailDomains().join('\n') + '\n' };
}

/** Both files as the build writes them into the extension. */
export function domainDataFiles(): Array<{ relativeDest: string; contents: string }> {
  const { publicSuffixes, freeMail } = domainData();
  return [
    { relativeDest: PUBLIC_SUFFIXES_FILE, contents: publicSuffixes },
    { relativeDest: FREE_MAIL_FILE, contents: freeMail },
  ];
}
