/**
 * Shapes of records and page contexts, checked wherever data crosses a trust
 * boundary: messages into the background, and backups read from a file.
 */
import * as v from 'valibot';
import { isLocalDate } from './dates';
import * as M from './model';
import { PAGE_PEOPLE_MAX, PAGE_TEXT_MAX } from './schemas-limits';

/** Long enough for a pasted meeting note, short enough that one field cannot fill the disk. */
export const MAX_TEXT = 100_000;
const MAX_SHORT = 2_000;
const MAX_LIST = 500;

const text = (max = MAX_TEXT) => v.pipe(v.string(), v.maxLength(max, `Text longer than ${max} characters.`));
const requiredText = (label: string, max = MAX_SHORT) =>
  v.pipe(v.string(), v.trim(), v.minLength(1, `${label} is required.`), v.maxLength(max, `${label} is longer than ${max} characters.`));
const list = <T extends v.GenericSchema>(item: T, max = MAX_LIST) => v.pipe(v.array(item), v.maxLength(max, `More than ${max} entries.`));
export const idSchema = v.pipe(v.string(), v.minLength(1), v.maxLength(100));
export const localDate = v.pipe(v.string(), v.check(isLocalDate, 'Expected a date as YYYY-MM-DD.'));
export const timestamp = v.pipe(
  v.string(),
  v.check((s) => /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(s) && !Number.isNaN(Date.parse(s)), 'Expected an ISO-8601 date and time.'),
);
const money = v.strictObject({
  amount: v.pipe(v.number(), v.finite(), v.minValue(0)),
  currency: v.pipe(v.string(), v.regex(/^[A-Z]{3}$/, 'Expected a three-letter currency code.')),
});

const base = {
  id: v.optional(idSchema),
  // Stored records carry these; drafts from the UI may echo them back, and the data layer overwrites them.
  createdAt: v.optional(timestamp),
  updatedAt: v.optional(timestamp),
  deletedAt: v.optional(timestamp),
};

export const accountDraft = v.strictObject({
  ...base,
  name: requiredText('Account name'),
  domains: list(v.pipe(v.string(), v.maxLength(253)), 50),
  tier: v.picklist(M.TIERS),
  status: v.picklist(M.ACCOUNT_STATUSES),
  owner: v.optional(text(MAX_SHORT)),
  industry: v.optional(text(MAX_SHORT)),
  annualValue: v.optional(money),
  contractStart: v.optional(localDate),
  renewalDate: v.optional(localDate),
  preferredChannel: v.optional(v.picklist(M.CHANNELS)),
  cadenceDays: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(3650))),
  objectives: list(v.strictObject({ text: requiredText('Objective'), due: v.optional(localDate), done: v.boolean() }), 100),
  tags: list(text(200), 100),
  notes: v.optional(text()),
  history: v.optional(list(v.strictObject({ at: timestamp, status: v.picklist(M.ACCOUNT_STATUSES), annualValue: v.optional(money) }), 1000)),
});

export const contactDraft = v.strictObject({
  ...base,
  accountId: idSchema,
  name: requiredText('Contact name'),
  emails: list(v.pipe(v.string(), v.maxLength(320)), 20),
  title: v.optional(text(MAX_SHORT)),
  phone: v.optional(text(100)),
  role: v.picklist(M.CONTACT_ROLES),
  preferredChannel: v.optional(v.picklist(M.CHANNELS)),
  notes: v.optional(text()),
});

export const touchpointDraft = v.strictObject({
  ...base,
  accountId: idSchema,
  contactIds: list(idSchema, 200),
  kind: v.picklist(M.TOUCHPOINT_KINDS),
  direction: v.picklist(M.DIRECTIONS),
  occurredAt: timestamp,
  summary: text(),
  sentiment: v.picklist(M.SENTIMENTS),
  source: v.optional(
    v.strictObject({
      site: v.picklist(M.SITES),
      itemId: requiredText('Source item id', 500),
      threadId: v.optional(text(500)),
      subject: v.optional(text(MAX_SHORT)),
    }),
  ),
  sourceKey: v.optional(text(600)),
  loggedBy: v.optional(text(MAX_SHORT)),
});

export const taskDraft = v.strictObject({
  ...base,
  accountId: idSchema,
  contactId: v.optional(idSchema),
  title: requiredText('Task'),
  dueAt: timestamp,
  doneAt: v.optional(timestamp),
});

export const issueDraft = v.strictObject({
  ...base,
  accountId: idSchema,
  title: requiredText('Issue title'),
  severity: v.picklist(M.SEVERITIES),
  status: v.picklist(M.ISSUE_STATUSES),
  openedAt: timestamp,
  resolvedAt: v.optional(timestamp),
  resolution: v.optional(text()),
});

export const opportunityDraft = v.strictObject({
  ...base,
  accountId: idSchema,
  title: requiredText('Opportunity title'),
  kind: v.picklist(M.OPPORTUNITY_KINDS),
  value: v.optional(money),
  stage: v.picklist(M.OPPORTUNITY_STAGES),
  expectedClose: v.optional(localDate),
  nextStep: v.optional(text()),
  stageHistory: v.optional(list(v.strictObject({ stage: v.picklist(M.OPPORTUNITY_STAGES), at: timestamp }), 200)),
});

export const DRAFT_SCHEMAS = {
  accounts: accountDraft,
  contacts: contactDraft,
  touchpoints: touchpointDraft,
  tasks: taskDraft,
  issues: issueDraft,
  opportunities: opportunityDraft,
} as const;

/** What a content script may report. Adapters cut long page text to these limits. */
export const pagePerson = v.strictObject({
  email: v.optional(text(320)),
  name: v.optional(text(PAGE_TEXT_MAX)),
  role: v.picklist(M.PERSON_ROLES),
});
export const pageContext = v.strictObject({
  site: v.picklist(M.SITES),
  view: requiredText('View', 40),
  people: list(pagePerson, PAGE_PEOPLE_MAX),
  subject: v.optional(text(PAGE_TEXT_MAX)),
  threadId: v.optional(text(500)),
  messageId: v.optional(text(500)),
  eventId: v.optional(text(500)),
  start: v.optional(timestamp),
  selfEmail: v.optional(text(320)),
  strategy: v.optional(text(100)),
  theme: v.optional(v.picklist(['light', 'dark'])),
});
