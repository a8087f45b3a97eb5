import { getDomain } from 'tldts';
import freeMailDomains from 'email-providers/all.json';

const FREE_MAIL = new Set<string>(freeMailDomains);

/** The domain a company registers (Public Suffix List): `eu.northwind.com` → `northwind.com`, `shop.acme.co.uk` → `acme.co.uk`. */
export function registrableDomain(domain: string): string | null {
  return getDomain(domain) ?? null;
}

/** Free-mail and consumer providers never identify a company. */
export function isFreeMailDomain(domain: string): boolean {
  return FREE_MAIL.has(domain) || FREE_MAIL.has(registrableDomain(domain) ?? domain);
}
