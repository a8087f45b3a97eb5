import { FORMATS, type CsvFormat, type CsvKind, type FieldKey } from './formats';

/**
 * A user's reading of a CSV that is not a known CRM export: what the rows are,
 * and which column holds each field. Columns are named by their header.
 */
export interface ColumnMapping {
  kind: CsvKind;
  columns: Partial<Record<FieldKey, string>>;
}

/** What the mapping step offers per kind, in form order; the first one is required. */
export const MAPPABLE_FIELDS: Record<CsvKind, Array<{ key: FieldKey; label: string }>> = {
  accounts: [
    { key: 'name', label: 'Account name' },
    { key: 'domain', label: 'Domain' },
    { key: 'website', label: 'Website' },
    { key: 'tier', label: 'Tier (strategic, key, standard)' },
    { key: 'status', label: 'Status (prospect, active, at-risk, churned)' },
    { key: 'owner', label: 'Owner' },
    { key: 'industry', label: 'Industry' },
    { key: 'annualValue', label: 'Annual value' },
    { key: 'currency', label: 'Currency (ISO code)' },
    { key: 'renewalDate', label: 'Renewal date' },
    { key: 'externalId', label: 'ID in your CRM' },
  ],
  contacts: [
    { key: 'email', label: 'Email' },
    { key: 'name', label: 'Full name' },
    { key: 'firstName', label: 'First name' },
    { key: 'lastName', label: 'Last name' },
    { key: 'title', label: 'Job title' },
    { key: 'phone', label: 'Phone' },
    { key: 'company', label: 'Company name' },
    { key: 'companyId', label: 'Company ID' },
    { key: 'externalId', label: 'ID in your CRM' },
  ],
};

/** Header spellings seen in spreadsheets and other CRMs (compared without case, spaces, dashes or underscores). */
const SYNONYMS: Partial<Record<FieldKey, string[]>> = {
  email: ['email', 'emailaddress', 'e-mail', 'mail', 'workemail', 'primaryemail'],
  name: [
    'name',
    'fullname',
    'contactname',
    'accountname',
    'company',
    'companyname',
    'organization',
    'organisation',
    'client',
    'customer',
  ],
  firstName: ['firstname', 'givenname', 'first'],
  lastName: ['lastname', 'surname', 'familyname', 'last'],
  title: ['title', 'jobtitle', 'position', 'role'],
  phone: ['phone', 'phonenumber', 'mobile', 'telephone', 'tel'],
  company: ['company', 'companyname', 'organization', 'organisation', 'account', 'accountname', 'employer'],
  companyId: ['companyid', 'accountid', 'organizationid'],
  domain: ['domain', 'companydomain', 'emaildomain'],
  website: ['website', 'url', 'web', 'homepage', 'site'],
  tier: ['tier', 'segment'],
  status: ['status', 'stage', 'lifecyclestage'],
  owner: ['owner', 'accountowner', 'accountmanager', 'am', 'manager'],
  industry: ['industry', 'sector', 'vertical'],
  annualValue: ['annualvalue', 'arr', 'acv', 'contractvalue', 'value', 'mrr', 'revenue'],
  currency: ['currency', 'currencycode'],
  renewalDate: ['renewal', 'renewaldate', 'renews', 'renewson', 'contractend', 'enddate'],
  externalId: ['id', 'recordid', 'externalid', 'crmid'],
};

const squash = (header: string) => header.toLowerCase().replace(/[\s_\-.]+/g, '');

/** A first guess the user corrects: contacts when a column looks like an email, accounts otherwise. */
export function guessMapping(headers: string[], sample: Array<Record<string, string>>): ColumnMapping {
  const looksLikeEmail = (h: string) => sample.some((row) => /^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(row[h] ?? ''));
  const emailColumn = headers.find((h) => SYNONYMS.email!.includes(squash(h))) ?? headers.find(looksLikeEmail);
  const kind: CsvKind = emailColumn ? 'contacts' : 'accounts';
  const columns: ColumnMapping['columns'] = {};
  const used = new Set<string>();
  for (const { key } of MAPPABLE_FIELDS[kind]) {
    const header =
      key === 'email' ? emailColumn : headers.find((h) => !used.has(h) && (SYNONYMS[key] ?? []).includes(squash(h)));
    if (header) {
      columns[key] = header;
      used.add(header);
    }
  }
  return { kind, columns };
}

/** Why a mapping cannot be used, or null when it can. */
export function mappingProblem(mapping: ColumnMapping, headers: string[]): string | null {
  const required = MAPPABLE_FIELDS[mapping.kind][0]!;
  if (!mapping.columns[required.key]) return `Choose the column that holds the ${required.label.toLowerCase()}.`;
  const missing = Object.values(mapping.columns).find((h) => h && !headers.includes(h));
  if (missing) return `The file has no column "${missing}".`;
  return null;
}

/** The mapping as a format the import plan reads like any CRM export's. */
export function formatFromMapping(mapping: ColumnMapping): CsvFormat {
  const columns: CsvFormat['columns'] = {};
  for (const [key, header] of Object.entries(mapping.columns) as Array<[FieldKey, string | undefined]>)
    if (header) columns[key] = [header];
  const required = MAPPABLE_FIELDS[mapping.kind][0]!.key;
  return {
    name: `your column mapping, ${mapping.kind}`,
    kind: mapping.kind,
    requires: columns[required] ?? [],
    columns,
  };
}

/** Known CRM formats, listed for the message that offers the mapping step. */
export const KNOWN_FORMAT_NAMES = FORMATS.map((f) => f.name);
