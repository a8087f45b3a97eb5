import { openLensDb } from '../../utils/background/db/open';
import type { LensDB } from '../../utils/background/db/schema';
import { saveRecord, type Clock } from '../../utils/background/db/writes';
import type { Account, Contact, Draft } from '../../utils/shared/model';

/** A clock that ticks one second per read, so every write has a distinct `updatedAt`. */
export function tickingClock(start = '2026-11-24T09:00:00.000Z'): Clock {
  let t = Date.parse(start);
  return { now: () => new Date((t += 1000)) };
}

export const openTestDb = (): Promise<LensDB> => openLensDb('test-db');

export function accountDraft(overrides: Partial<Draft<Account>> = {}): Draft<Account> {
  return {
    name: 'Northwind Traders',
    domains: ['northwind.com'],
    tier: 'strategic',
    status: 'active',
    objectives: [],
    tags: [],
    ...overrides,
  };
}

export function contactDraft(accountId: string, overrides: Partial<Draft<Contact>> = {}): Draft<Contact> {
  return { accountId, name: 'Ana Ruiz', emails: ['ana.ruiz@northwind.com'], role: 'champion', ...overrides };
}

export async function seedAccount(db: LensDB, clock: Clock, overrides: Partial<Draft<Account>> = {}): Promise<Account> {
  return (await saveRecord(db, 'accounts', accountDraft(overrides), clock)).record;
}
