import { domainDataReady, registrableDomain } from '../shared/match/domains';
import { normalizeDomain, normalizeEmail } from '../shared/match/normalize';
import type { SelfIdentity } from '../shared/match/resolve';
import { getSettings, learnedSelfItem, settingsItem } from '../settings/settings';
import { cachedUntilChanged } from './cached';

/** The user's own addresses and company domains, from settings plus what signed-in pages showed. */
export function selfIdentityLoader(): () => Promise<SelfIdentity> {
  return cachedUntilChanged(readSelfIdentity, [
    (changed) => settingsItem.watch(changed),
    (changed) => learnedSelfItem.watch(changed),
  ]);
}

async function readSelfIdentity(): Promise<SelfIdentity> {
  const [settings, learned] = await Promise.all([getSettings(), learnedSelfItem.getValue(), domainDataReady()]);
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

/** Remembers a signed-in address; `known` skips the storage write when it is already self. */
export async function learnSelfAddress(raw: string, known?: SelfIdentity): Promise<void> {
  const email = normalizeEmail(raw);
  if (!email || known?.addresses.has(email)) return;
  const learned = await learnedSelfItem.getValue();
  if (!learned.includes(email)) await learnedSelfItem.setValue([...learned, email].slice(-20));
}
