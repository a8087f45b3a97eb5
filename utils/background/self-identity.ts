import { registrableDomain } from '../match/domains';
import { normalizeDomain, normalizeEmail } from '../match/normalize';
import type { SelfIdentity } from '../match/resolve';
import { getSettings, learnedSelfItem } from '../settings';

/** The user's own addresses and company domains, from settings plus what signed-in pages showed. */
export async function loadSelfIdentity(): Promise<SelfIdentity> {
  const [settings, learned] = await Promise.all([getSettings(), learnedSelfItem.getValue()]);
  const addresses = new Set<string>();
  for (const raw of [...settings.selfAddresses, ...learned]) {
    const email = normalizeEmail(raw);
    if (email) addresses.add(email);
  }
  const domains = new Set<string>();
  for (const raw of settings.companyDomains) {
    const domain = normalizeDomain(raw);
    if (domain) domains.add(registrableDomain(domain) ?? domain);
  }
  return { addresses, domains };
}

export async function learnSelfAddress(raw: string): Promise<void> {
  const email = normalizeEmail(raw);
  if (!email) return;
  const known = await learnedSelfItem.getValue();
  if (!known.includes(email)) await learnedSelfItem.setValue([...known, email].slice(-20));
}
