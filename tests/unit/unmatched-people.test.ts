import { describe, expect, it } from 'vitest';
import { unmatchedPeople } from '../../utils/shared/insights/unmatched-people';
import { companyDomainOf } from '../../utils/shared/match/company-domain';
import type { Resolution } from '../../utils/shared/match/resolve';
import type { Account, PageContext } from '../../utils/shared/model';

const account = { id: 'a1', name: 'Northwind Traders' } as Account;
const context: PageContext = {
  site: 'outlook',
  view: 'read',
  selfEmail: 'Alex.Morgan@MyCompany.com',
  people: [
    { email: 'ana.ruiz@northwind.com', name: 'Ana Ruiz', role: 'from' },
    { email: 'alex.morgan@mycompany.com', name: 'Alex Morgan', role: 'to' },
    { email: 'sam@mycompany.com', name: 'Sam Colleague', role: 'cc' },
    { email: 'Kim@Quokka.example', name: 'Kim Quokka', role: 'to' },
    { email: 'kim@quokka.example', role: 'body' },
    { email: 'jo.private@gmail.com', name: 'Jo Private', role: 'cc' },
    { name: 'Ruiz, Ana', role: 'cc' },
    { name: 'Lena Fischer', role: 'cc' },
    { name: '  ', role: 'cc' },
  ],
};
const resolution: Resolution = {
  accounts: [
    {
      account,
      people: [{ email: 'ana.ruiz@northwind.com', name: 'Ana Ruiz', role: 'from', reason: 'email' }],
      reasons: ['email'],
    },
  ],
  unknownDomains: [{ domain: 'quokka.example', people: [{ email: 'kim@quokka.example', role: 'to' }] }],
  self: ['alex.morgan@mycompany.com', 'sam@mycompany.com'],
};

describe('the people on a page that no account took', () => {
  it('leaves out you, your colleagues and the matched (by address or by the name shown), each person once', () => {
    expect(unmatchedPeople(context, resolution)).toEqual([
      { email: 'kim@quokka.example', name: 'Kim Quokka', domain: 'quokka.example' },
      { email: 'jo.private@gmail.com', name: 'Jo Private' },
      { name: 'Lena Fischer' },
    ]);
  });

  it('with nothing resolved yet, lists everyone but the signed-in address', () => {
    expect(unmatchedPeople(context, null).map((p) => p.email ?? p.name)).toEqual([
      'ana.ruiz@northwind.com',
      'sam@mycompany.com',
      'kim@quokka.example',
      'jo.private@gmail.com',
      'Ruiz, Ana',
      'Lena Fischer',
    ]);
  });
});

describe('the company domain an address suggests', () => {
  it.each([
    ['alex@eu.mycompany.com', 'mycompany.com'],
    ['Alex <alex@shop.acme.co.uk>', 'acme.co.uk'],
    ['someone@gmail.com', null],
    ['someone@outlook.com', null],
    ['not an address', null],
  ])('%s → %s', (address, domain) => expect(companyDomainOf(address)).toBe(domain));
});
