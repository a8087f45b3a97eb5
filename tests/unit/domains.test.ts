import { getDomain } from 'tldts';
import { describe, expect, it } from 'vitest';
import { domainData, publicSuffixRules } from '../../scripts/build/domain-data';
import { domainDataReady, registrableDomain, useDomainData } from '../../utils/shared/match/domains';

/*
 * The lists ship as data files and are matched by a few lines of our own (utils/shared/match/domains.ts).
 * Their answers must be the very ones of tldts, the library the lists are taken from, on every rule.
 */

describe('registrable domains from the packaged Public Suffix List', () => {
  it('agree with tldts for every rule, a name under it and a subdomain of that', async () => {
    await domainDataReady();
    const hosts = publicSuffixRules().flatMap((rule) => {
      const base = rule.replace(/^!/, '').replace(/^\*\./, 'wild.');
      return [base, `acme.${base}`, `eu.acme.${base}`];
    });
    hosts.push('northwind.com', 'eu.northwind.com', 'shop.acme.co.uk', 'co.uk', 'unknowntld', 'a.b.unknowntld');
    const disagreements = hosts.filter((host) => registrableDomain(host) !== getDomain(host));
    expect(hosts.length).toBeGreaterThan(20_000);
    expect(disagreements).toEqual([]);
  });

  it('reads wildcard and exception rules as the list means them', async () => {
    await domainDataReady();
    expect(registrableDomain('www.ck')).toBe('www.ck');
    expect(registrableDomain('shop.www.ck')).toBe('www.ck');
    expect(registrableDomain('shop.acme.ck')).toBe('shop.acme.ck');
    expect(registrableDomain('city.kawasaki.jp')).toBe('city.kawasaki.jp');
    expect(registrableDomain('ward.kawasaki.jp')).toBeNull();
  });
});

describe('loading the lists', () => {
  it('says clearly when a lookup comes before the lists, and tries again after a failed load', async () => {
    let attempts = 0;
    useDomainData(async () => {
      attempts++;
      if (attempts === 1) throw new Error('Could not read data/public-suffixes.txt (404).');
      return domainData();
    });
    expect(() => registrableDomain('northwind.com')).toThrow(/not loaded yet/);
    await expect(domainDataReady()).rejects.toThrow(/404/);
    await domainDataReady();
    expect(registrableDomain('eu.northwind.com')).toBe('northwind.com');
    expect(attempts).toBe(2);
  });
});
