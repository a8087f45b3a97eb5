import type { RecordSet } from '../../model';
import { LensError } from '../../errors';
import { isFreeMailDomain, registrableDomain } from '../../match/domains';
import { domainOf, normalizeDomain, normalizeEmail, normalizeName } from '../../match/normalize';
import { withAccountHistory } from '../../normalize-record';
import type { Account, Contact } from '../../model';
import { readDate, readMoney, readStatus, readTier, type Cell } from './cells';
import { detectFormat, field, type CsvFormat } from './formats';
import { formatFromMapping, type ColumnMapping } from './mapping';
import type { CsvTable } from './parse';

export interface SkippedRow {
  file: string;
  line: number;
  reason: string;
}
export interface Tally {
  new: number;
  updated: number;
  unchanged: number;
}
export interface ImportPlan {
  formats: Array<{ file: string; format: string }>;
  /** The accounts and contacts to write: new ones, and existing ones with their changes. */
  records: RecordSet;
  counts: { accounts: Tally; contacts: Tally };
  skipped: SkippedRow[];
}

/**
 * Turns CRM exports into the records to write, against what is already
 * stored: accounts merge by domain (then by name), contacts by address, never
 * a second record. Contacts link to accounts by the company's ID or name in
 * the files, then by their address's domain. Rows that cannot be used are
 * skipped with their line and why. Nothing is written here.
 */
export function planImport(
  tables: CsvTable[],
  existing: { accounts: Account[]; contacts: Contact[] },
  now: Date,
  mappings: Record<string, ColumnMapping> = {},
): ImportPlan {
  const stamp = now.toISOString();
  const typed = tables.map((table) => {
    const mapping = mappings[table.file];
    const format = mapping ? formatFromMapping(mapping) : detectFormat(table.headers);
    if (!format)
      throw new LensError(
        'invalid',
        `${table.file} is not a HubSpot or Salesforce export of companies, accounts or contacts (its columns: ${table.headers.slice(0, 6).join(', ')}…).`,
      );
    return { table, format };
  });
  const skipped: SkippedRow[] = [];
  const counts = { accounts: tally(), contacts: tally() };

  const live = existing.accounts.filter((a) => !a.deletedAt);
  const byDomain = new Map(live.flatMap((a) => a.domains.map((d) => [d, a] as const)));
  const byName = new Map(live.map((a) => [normalizeName(a.name), a]));
  const byExternalId = new Map<string, Account>();
  const touchedAccounts = new Map<string, { before?: Account; after: Account }>();

  for (const { table, format } of typed.filter((t) => t.format.kind === 'accounts')) {
    for (const { line, values } of table.rows) {
      const name = field(format, values, 'name');
      if (!name) {
        skipped.push({ file: table.file, line, reason: 'no company name' });
        continue;
      }
      const extra = accountExtras(format, values);
      if ('problem' in extra) {
        skipped.push({ file: table.file, line, reason: extra.problem });
        continue;
      }
      const domain = domainFrom(field(format, values, 'domain') || field(format, values, 'website'));
      const found = (domain && byDomain.get(domain)) || byName.get(normalizeName(name));
      const base: Account = found ?? {
        id: crypto.randomUUID(),
        createdAt: stamp,
        updatedAt: stamp,
        name,
        domains: [],
        tier: 'standard',
        status: 'active',
        objectives: [],
        tags: [],
      };
      const industry = field(format, values, 'industry');
      const owner = field(format, values, 'owner');
      const after: Account = {
        ...base,
        name,
        domains: domain && !base.domains.includes(domain) ? [...base.domains, domain] : base.domains,
        ...(industry ? { industry } : {}),
        ...(owner ? { owner } : {}),
        ...extra.value,
      };
      const entry = touchedAccounts.get(after.id) ?? {
        before: found && live.includes(found) ? found : undefined,
        after,
      };
      entry.after = after;
      touchedAccounts.set(after.id, entry);
      for (const d of after.domains) byDomain.set(d, after);
      byName.set(normalizeName(name), after);
      const externalId = field(format, values, 'externalId');
      if (externalId) byExternalId.set(externalId, after);
    }
  }

  const contactsByEmail = new Map(
    existing.contacts.filter((c) => !c.deletedAt).flatMap((c) => c.emails.map((e) => [e, c] as const)),
  );
  const touchedContacts = new Map<string, { before?: Contact; after: Contact }>();
  for (const { table, format } of typed.filter((t) => t.format.kind === 'contacts')) {
    for (const { line, values } of table.rows) {
      const email = normalizeEmail(field(format, values, 'email'));
      if (!email) {
        skipped.push({
          file: table.file,
          line,
          reason: field(format, values, 'email') ? 'the email address is not valid' : 'no email address',
        });
        continue;
      }
      const account = linkAccount(format, values, email, { byExternalId, byName, byDomain });
      if (!account) {
        skipped.push({
          file: table.file,
          line,
          reason: `no account for ${domainOf(email)}: include its company in the import, or add the account first`,
        });
        continue;
      }
      const found = contactsByEmail.get(email);
      const name =
        [field(format, values, 'firstName'), field(format, values, 'lastName')].filter(Boolean).join(' ') ||
        field(format, values, 'name') ||
        email.split('@')[0]!;
      const title = field(format, values, 'title');
      const phone = field(format, values, 'phone');
      const after: Contact = {
        ...(found ?? {
          id: crypto.randomUUID(),
          createdAt: stamp,
          updatedAt: stamp,
          emails: [email],
          role: 'other' as const,
          accountId: account.id,
          name,
        }),
        accountId: account.id,
        name,
        ...(title ? { title } : {}),
        ...(phone ? { phone } : {}),
      };
      const entry = touchedContacts.get(after.id) ?? {
        before: found && !touchedContacts.has(found.id) ? found : undefined,
        after,
      };
      entry.after = after;
      touchedContacts.set(after.id, entry);
      contactsByEmail.set(email, after);
    }
  }

  const settle = <T extends Account | Contact>(touched: Map<string, { before?: T; after: T }>, count: Tally): T[] =>
    [...touched.values()].flatMap(({ before, after }) => {
      if (!before) return (count.new++, [after]);
      if (same(before, after)) return (count.unchanged++, []);
      count.updated++;
      return [{ ...after, updatedAt: stamp }];
    });
  return {
    formats: typed.map(({ table, format }) => ({ file: table.file, format: format.name })),
    records: {
      accounts: settle(touchedAccounts, counts.accounts).map((a) =>
        withAccountHistory(a, touchedAccounts.get(a.id)?.before),
      ),
      contacts: settle(touchedContacts, counts.contacts),
      touchpoints: [],
      tasks: [],
      issues: [],
      opportunities: [],
    },
    counts,
    skipped,
  };
}

function linkAccount(
  format: CsvFormat,
  values: Record<string, string>,
  email: string,
  maps: { byExternalId: Map<string, Account>; byName: Map<string, Account>; byDomain: Map<string, Account> },
): Account | undefined {
  const companyIds = field(format, values, 'companyId')
    .split(/[;,]/)
    .map((s) => s.trim())
    .filter(Boolean);
  for (const id of companyIds) {
    const account = maps.byExternalId.get(id);
    if (account) return account;
  }
  const company = field(format, values, 'company');
  if (company && maps.byName.has(normalizeName(company))) return maps.byName.get(normalizeName(company));
  const domain = domainOf(email);
  if (isFreeMailDomain(domain)) return undefined;
  return maps.byDomain.get(domain) ?? maps.byDomain.get(registrableDomain(domain) ?? domain);
}

/** Tier, status, value and renewal date, which only a user's own mapping carries; any unreadable one skips the row. */
function accountExtras(format: CsvFormat, values: Record<string, string>): Cell<Partial<Account>> {
  const read = {
    tier: field(format, values, 'tier') && readTier(field(format, values, 'tier')),
    status: field(format, values, 'status') && readStatus(field(format, values, 'status')),
    annualValue:
      field(format, values, 'annualValue') &&
      readMoney(field(format, values, 'annualValue'), field(format, values, 'currency')),
    renewalDate: field(format, values, 'renewalDate') && readDate(field(format, values, 'renewalDate')),
  };
  const extras: Partial<Account> = {};
  for (const [key, cell] of Object.entries(read) as Array<[keyof typeof read, Cell<unknown> | '']>) {
    if (!cell) continue;
    if ('problem' in cell) return cell;
    (extras as Record<string, unknown>)[key] = cell.value;
  }
  return { value: extras };
}

/** `https://www.Northwind.com/about` or `eu.northwind.com` → `northwind.com`. */
function domainFrom(raw: string): string | undefined {
  if (!raw) return undefined;
  const host = raw.replace(/^[a-z]+:\/\//i, '').split(/[/?#]/)[0]!;
  const domain = normalizeDomain(host);
  return domain ? (registrableDomain(domain) ?? domain) : undefined;
}

function tally(): Tally {
  return { new: 0, updated: 0, unchanged: 0 };
}

function same(a: object, b: object): boolean {
  const strip = ({ updatedAt: _u, ...rest }: Record<string, unknown>) => rest;
  return JSON.stringify(strip(a as Record<string, unknown>)) === JSON.stringify(strip(b as Record<string, unknown>));
}
