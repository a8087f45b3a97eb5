/** The CRM exports recognised by their headers, and which columns hold what. */
export type CsvKind = 'accounts' | 'contacts';

/** The fields an import can fill. The CRM exports carry some; a user's own mapping may carry all. */
export type FieldKey =
  | 'externalId'
  | 'name'
  | 'firstName'
  | 'lastName'
  | 'domain'
  | 'website'
  | 'email'
  | 'title'
  | 'phone'
  | 'industry'
  | 'owner'
  | 'company'
  | 'companyId'
  | 'tier'
  | 'status'
  | 'annualValue'
  | 'currency'
  | 'renewalDate';

export interface CsvFormat {
  name: string;
  kind: CsvKind;
  /** Every one of these headers must be present. */
  requires: string[];
  columns: Partial<Record<FieldKey, string[]>>;
}

export const FORMATS: CsvFormat[] = [
  {
    name: 'HubSpot companies',
    kind: 'accounts',
    requires: ['Record ID', 'Company name'],
    columns: {
      externalId: ['Record ID'],
      name: ['Company name'],
      domain: ['Company Domain Name'],
      website: ['Website URL'],
      industry: ['Industry'],
      owner: ['Company owner'],
      phone: ['Phone Number'],
    },
  },
  {
    name: 'HubSpot contacts',
    kind: 'contacts',
    requires: ['Record ID', 'Email'],
    columns: {
      externalId: ['Record ID'],
      firstName: ['First Name'],
      lastName: ['Last Name'],
      email: ['Email'],
      title: ['Job Title'],
      phone: ['Phone Number'],
      company: ['Associated Company', 'Company Name'],
      companyId: ['Associated Company IDs', 'Associated Company ID'],
    },
  },
  {
    name: 'Salesforce accounts',
    kind: 'accounts',
    requires: ['Account ID', 'Account Name'],
    columns: {
      externalId: ['Account ID'],
      name: ['Account Name'],
      website: ['Website'],
      industry: ['Industry'],
      owner: ['Account Owner'],
      phone: ['Phone'],
    },
  },
  {
    name: 'Salesforce contacts',
    kind: 'contacts',
    requires: ['Contact ID', 'Email'],
    columns: {
      externalId: ['Contact ID'],
      firstName: ['First Name'],
      lastName: ['Last Name'],
      name: ['Full Name', 'Name'],
      email: ['Email'],
      title: ['Title'],
      phone: ['Phone', 'Mobile'],
      company: ['Account Name'],
      companyId: ['Account ID'],
    },
  },
];

/** Contact exports often carry their company's columns too, so a file with an email column is read as contacts first. */
export function detectFormat(headers: string[]): CsvFormat | null {
  const have = new Set(headers.map((h) => h.toLowerCase()));
  const ordered = [...FORMATS.filter((f) => f.kind === 'contacts'), ...FORMATS.filter((f) => f.kind === 'accounts')];
  return ordered.find((f) => f.requires.every((h) => have.has(h.toLowerCase()))) ?? null;
}

/** The first non-empty value among a field's possible columns (headers compared without case). */
export function field(format: CsvFormat, values: Record<string, string>, key: keyof CsvFormat['columns']): string {
  const lower = new Map(Object.entries(values).map(([k, v]) => [k.toLowerCase(), v]));
  for (const column of format.columns[key] ?? []) {
    const value = lower.get(column.toLowerCase());
    if (value) return value;
  }
  return '';
}
