import { isFreeMailDomain, registrableDomain } from './domains';
import { domainOf, normalizeEmail } from './normalize';

/**
 * The company domain an address suggests (`alex@eu.mycompany.com` → `mycompany.com`), or null for a free-mail
 * address: making gmail.com a company domain would make every Gmail user a colleague.
 */
export function companyDomainOf(address: string): string | null {
  const email = normalizeEmail(address);
  if (!email) return null;
  const domain = domainOf(email);
  return isFreeMailDomain(domain) ? null : (registrableDomain(domain) ?? domain);
}
