/*
 * Which part of a domain a company registers, and which domains are free mail. Both rest on lists of
 * thousands of entries (the Public Suffix List's ICANN rules, the free-mail providers), shipped as data
 * files beside the code, not in it: the background's script is evaluated at every wake-up, and only the
 * pages that resolve people need the lists. Each context says where to read them (`useDomainData`), and
 * awaits `domainDataReady()` before the first lookup.
 */

/** Where the build writes the lists inside the extension (scripts/build/domain-data.ts). */
export const PUBLIC_SUFFIXES_FILE = 'data/public-suffixes.txt';
export const FREE_MAIL_FILE = 'data/free-mail-domains.txt';

/** Both lists as text, one entry per line; suffix rules in the list's notation (`co.uk`, `*.ck`, `!www.ck`). */
export interface DomainData {
  publicSuffixes: string;
  freeMail: string;
}

class DomainRules {
  private readonly rules = new Set<string>();
  private readonly wildcards = new Set<string>();
  private readonly exceptions = new Set<string>();
  readonly freeMail: Set<string>;

  constructor(data: DomainData) {
    for (const line of data.publicSuffixes.split('\n')) {
      const rule = line.trim();
      if (!rule || rule.startsWith('//')) continue;
      if (rule.startsWith('!')) this.exceptions.add(rule.slice(1));
      else if (rule.startsWith('*.')) this.wildcards.add(rule.slice(2));
      else this.rules.add(rule);
    }
    this.freeMail = new Set(data.freeMail.split('\n').filter(Boolean));
  }

  /** How many labels, from the right, make the public suffix (the list's algorithm; `*` when no rule matches). */
  private suffixLength(labels: string[]): number {
    for (let i = 0; i < labels.length; i++)
      if (this.exceptions.has(labels.slice(i).join('.'))) return labels.length - i - 1;
    for (let i = 0; i < labels.length; i++) {
      const name = labels.slice(i).join('.');
      if (this.rules.has(name) || (i + 1 < labels.length && this.wildcards.has(labels.slice(i + 1).join('.'))))
        return labels.length - i;
    }
    return 1;
  }

  registrable(domain: string): string | null {
    const labels = domain.split('.');
    if (labels.some((label) => !label)) return null;
    const suffix = this.suffixLength(labels);
    return labels.length > suffix ? labels.slice(labels.length - suffix - 1).join('.') : null;
  }
}

let rules: DomainRules | undefined;
let source: (() => Promise<DomainData>) | undefined;
let loading: Promise<void> | undefined;

/** Where this context reads the lists from; the next `domainDataReady()` loads them. */
export function useDomainData(load: () => Promise<DomainData>): void {
  source = load;
  rules = undefined;
  loading = undefined;
}

/** Loads the lists once (again after a failure); every lookup below needs it done. */
export function domainDataReady(): Promise<void> {
  if (rules) return Promise.resolve();
  if (!source) return Promise.reject(new Error('No domain lists: call useDomainData first.'));
  loading ??= source().then(
    (data) => void (rules = new DomainRules(data)),
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  );
  return loading;
}

/** The lists as packaged with the extension, read by URL (`runtime.getURL`): a local file, no network. */
export function packagedDomainData(urlOf: (path: string) => string): () => Promise<DomainData> {
  const read = async (path: string) => {
    const response = await fetch(urlOf(`/${path}`));
    if (!response.ok) throw new Error(`Could not read ${path} (${response.status}).`);
    return response.text();
  };
  return async () => {
    const [publicSuffixes, freeMail] = await Promise.all([read(PUBLIC_SUFFIXES_FILE), read(FREE_MAIL_FILE)]);
    return { publicSuffixes, freeMail };
  };
}

function loaded(): DomainRules {
  if (!rules) throw new Error('The domain lists are not loaded yet: await domainDataReady() first.');
  return rules;
}

/** The domain a company registers (Public Suffix List): `eu.northwind.com` → `northwind.com`, `shop.acme.co.uk` → `acme.co.uk`. */
export function registrableDomain(domain: string): string | null {
  return loaded().registrable(domain);
}

/** Free-mail and consumer providers never identify a company. */
export function isFreeMailDomain(domain: string): boolean {
  const { freeMail } = loaded();
  return freeMail.has(domain) || freeMail.has(registrableDomain(domain) ?? domain);
}
