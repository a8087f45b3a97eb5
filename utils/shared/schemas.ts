/**
 * The shapes of records and page contexts, written once: the record types in
 * ./model.ts are inferred from these schemas. They are checked wherever data
 * crosses a trust boundary: messages into the background, and backups or
 * staged imports read from a file.
 *
 * Each record type has one field list, used twice: the stored record (the
 * data layer's `id`, `createdAt` and `updatedAt` required) and the draft a
 * caller supplies (those base fields optional; the data layer owns them).
 */
import * as v from 'valibot';
import { isLocalDate } from './dates';
import { PAGE_MESSAGES_MAX, PAGE_PEOPLE_MAX, PAGE_TEXT_MAX } from './schemas-limits';
import {
  ACCOUNT_STATUSES,
  CHANNELS,
  CONTACT_ROLES,
  DIRECTIONS,
  ISSUE_STATUSES,
  OPPORTUNITY_KINDS,
  OPPORTUNITY_STAGES,
  PERSON_ROLES,
  SENTIMENTS,
  SEVERITIES,
  SITES,
  TIERS,
  TOUCHPOINT_KINDS,
} from './vocabulary';

/** Long enough for a pasted meeting note, short enough that one field cannot fill the disk. */
export const MAX_TEXT = 100_000;
const MAX_SHORT = 2_000;
const MAX_LIST = 500;

const text = (max = MAX_TEXT) => v.pipe(v.string(), v.maxLength(max, `Text longer than ${max} characters.`));
const requiredText = (label: string, max = MAX_SHORT) =>
  v.pipe(
    v.string(),
    v.trim(),
    v.minLength(1, `${label} is required.`),
    v.maxLength(max, `${label} is longer than ${max} characters.`),
  );
const list = <T extends v.GenericSchema>(item: T, max = MAX_LIST) =>
  v.pipe(v.array(item), v.maxLength(max, `More than ${max} entries.`));
export const idSchema = v.pipe(v.string(), v.minLength(1), v.maxLength(100));
/** `YYYY-MM-DD`, counted in local time, so a renewal date never shifts by a day across time zones. */
export const localDate = v.pipe(v.string(), v.check(isLocalDate, 'Expected a date as YYYY-MM-DD.'));
/** ISO-8601 timestamp with zone, e.g. `2026-11-24T09:30:00.000Z`. */
export const timestamp = v.pipe(
  v.string(),
  v.check(
    (s) => /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(s) && !Number.isNaN(Date.parse(s)),
    'Expected an ISO-8601 date and time.',
  ),
);

/** An amount of money always travels with its ISO 4217 currency. */
export const money = v.strictObject({
  amount: v.pipe(v.number(), v.finite(), v.minValue(0)),
  currency: v.pipe(v.string(), v.regex(/^[A-Z]{3}$/, 'Expected a three-letter currency code.')),
});

// ---- The base every record has ----

/** Every stored record has a UUID `id`, ISO-8601 `createdAt`/`updatedAt`, and `deletedAt` when it sits in the trash. */
const storedBase = {
  id: idSchema,
  createdAt: timestamp,
  updatedAt: timestamp,
  deletedAt: v.optional(timestamp),
};
const draftBase = {
  id: v.optional(idSchema),
  // Stored records carry these; drafts from the UI may echo them back, and the data layer overwrites them.
  createdAt: v.optional(timestamp),
  updatedAt: v.optional(timestamp),
  deletedAt: v.optional(timestamp),
};
export const recordBase = v.object(storedBase);

// ---- Each record type's fields, once ----

export const objective = v.strictObject({
  text: requiredText('Objective'),
  due: v.optional(localDate),
  done: v.boolean(),
});

/** An account's status and value as of `at`, when it took effect. */
export const accountChange = v.strictObject({
  at: timestamp,
  status: v.picklist(ACCOUNT_STATUSES),
  annualValue: v.optional(money),
});

const accountFields = {
  name: requiredText('Account name'),
  /** Registrable domains, lowercase ASCII (IDN in punycode). */
  domains: list(v.pipe(v.string(), v.maxLength(253)), 50),
  tier: v.picklist(TIERS),
  status: v.picklist(ACCOUNT_STATUSES),
  owner: v.optional(text(MAX_SHORT)),
  industry: v.optional(text(MAX_SHORT)),
  annualValue: v.optional(money),
  contractStart: v.optional(localDate),
  renewalDate: v.optional(localDate),
  preferredChannel: v.optional(v.picklist(CHANNELS)),
  /** Overrides the tier's default contact cadence. */
  cadenceDays: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(3650))),
  objectives: list(objective, 100),
  tags: list(text(200), 100),
  notes: v.optional(text()),
  /**
   * Status and value as they changed, oldest first, each with when it took effect: what retention and
   * value growth over a period are read from. Kept by the data layer, never set by the caller.
   */
  history: v.optional(list(accountChange, 1000)),
};

const contactFields = {
  accountId: idSchema,
  name: requiredText('Contact name'),
  /** Normalized addresses (see utils/shared/match/normalize.ts). */
  emails: list(v.pipe(v.string(), v.maxLength(320)), 20),
  title: v.optional(text(MAX_SHORT)),
  phone: v.optional(text(100)),
  role: v.picklist(CONTACT_ROLES),
  preferredChannel: v.optional(v.picklist(CHANNELS)),
  notes: v.optional(text()),
};

/** Where a logged touchpoint came from, so one message or meeting occurrence is logged once. */
export const touchpointSource = v.strictObject({
  site: v.picklist(SITES),
  /** Message id (mail) or event instance id (calendar). */
  itemId: requiredText('Source item id', 500),
  threadId: v.optional(text(500)),
  subject: v.optional(text(MAX_SHORT)),
});

const touchpointFields = {
  accountId: idSchema,
  contactIds: list(idSchema, 200),
  kind: v.picklist(TOUCHPOINT_KINDS),
  direction: v.picklist(DIRECTIONS),
  occurredAt: timestamp,
  summary: text(),
  sentiment: v.picklist(SENTIMENTS),
  source: v.optional(touchpointSource),
  /** `site:itemId`, derived from `source`; indexed to refuse a second log of the same item. */
  sourceKey: v.optional(text(600)),
  /** Who logged it (the owner's name, or empty for "you"). */
  loggedBy: v.optional(text(MAX_SHORT)),
  /** The email template the message was written from (its name kept, so it reads after the template is gone). */
  template: v.optional(v.strictObject({ id: text(64), name: text(100) })),
  /** Logged by automatic logging rather than by a click. */
  automatic: v.optional(v.boolean()),
};

const taskFields = {
  accountId: idSchema,
  contactId: v.optional(idSchema),
  title: requiredText('Task'),
  dueAt: timestamp,
  doneAt: v.optional(timestamp),
};

const issueFields = {
  accountId: idSchema,
  title: requiredText('Issue title'),
  severity: v.picklist(SEVERITIES),
  status: v.picklist(ISSUE_STATUSES),
  openedAt: timestamp,
  resolvedAt: v.optional(timestamp),
  resolution: v.optional(text()),
};

const opportunityFields = {
  accountId: idSchema,
  title: requiredText('Opportunity title'),
  kind: v.picklist(OPPORTUNITY_KINDS),
  value: v.optional(money),
  stage: v.picklist(OPPORTUNITY_STAGES),
  expectedClose: v.optional(localDate),
  nextStep: v.optional(text()),
  /** Every stage the opportunity entered and when; kept by the data layer on each save. */
  stageHistory: v.optional(list(v.strictObject({ stage: v.picklist(OPPORTUNITY_STAGES), at: timestamp }), 200)),
};

// ---- Drafts: what a caller supplies. Strict: an unknown field is refused. ----

export const accountDraft = v.strictObject({ ...draftBase, ...accountFields });
export const contactDraft = v.strictObject({ ...draftBase, ...contactFields });
export const touchpointDraft = v.strictObject({ ...draftBase, ...touchpointFields });
export const taskDraft = v.strictObject({ ...draftBase, ...taskFields });
export const issueDraft = v.strictObject({ ...draftBase, ...issueFields });
export const opportunityDraft = v.strictObject({ ...draftBase, ...opportunityFields });

export const DRAFT_SCHEMAS = {
  accounts: accountDraft,
  contacts: contactDraft,
  touchpoints: touchpointDraft,
  tasks: taskDraft,
  issues: issueDraft,
  opportunities: opportunityDraft,
} as const;

// ---- Stored records: what the data layer keeps, and what backups and staged imports carry. ----
// Not strict: a field this version does not know is dropped, not refused (as backups have always been read).

export const accountRecord = v.object({ ...storedBase, ...accountFields });
export const contactRecord = v.object({ ...storedBase, ...contactFields });
export const touchpointRecord = v.object({ ...storedBase, ...touchpointFields });
export const taskRecord = v.object({ ...storedBase, ...taskFields });
export const issueRecord = v.object({ ...storedBase, ...issueFields });
export const opportunityRecord = v.object({ ...storedBase, ...opportunityFields });

export const RECORD_SCHEMAS = {
  accounts: accountRecord,
  contacts: contactRecord,
  touchpoints: touchpointRecord,
  tasks: taskRecord,
  issues: issueRecord,
  opportunities: opportunityRecord,
} as const;

// ---- What a content script reports about its page. Adapters cut long page text to these limits. ----

export const pagePerson = v.strictObject({
  /** Raw address as found (normalized by the background); absent when the page shows a name only. */
  email: v.optional(text(320)),
  name: v.optional(text(PAGE_TEXT_MAX)),
  role: v.picklist(PERSON_ROLES),
});
/** One message of a mail thread as the page shows it: its id, its sender's address, when it was sent. */
export const pageMessage = v.strictObject({
  id: requiredText('Message id', 500),
  from: v.optional(text(320)),
  sentAt: v.optional(timestamp),
});

export const pageContext = v.strictObject({
  site: v.picklist(SITES),
  /** e.g. `thread`, `compose`, `list`, `event-popup`, `event-edit`, `reading-pane`. */
  view: requiredText('View', 40),
  people: list(pagePerson, PAGE_PEOPLE_MAX),
  subject: v.optional(text(PAGE_TEXT_MAX)),
  threadId: v.optional(text(500)),
  /** Mail: the message id to log (last message of the thread, or the compose draft). */
  messageId: v.optional(text(500)),
  /**
   * Mail: every message of the thread the page shows with an id, oldest first, each loggable on its own
   * (`messageId` is the newest of them).
   */
  messages: v.optional(list(pageMessage, PAGE_MESSAGES_MAX)),
  /** Mail: another id the newest message was logged under by earlier versions (Outlook: the URL's item id). */
  messageAlias: v.optional(text(500)),
  /** Calendar: the event instance id (each occurrence of a recurring event is its own). */
  eventId: v.optional(text(500)),
  /** Calendar: the event's start; mail: when the newest message was sent. ISO-8601. */
  start: v.optional(timestamp),
  /** The signed-in user's address, as the page shows it. */
  selfEmail: v.optional(text(320)),
  /** Which extraction strategy found the people (for the detection-miss report). */
  strategy: v.optional(text(100)),
  /** Whether the host page is light or dark, so the frames can match it. */
  theme: v.optional(v.picklist(['light', 'dark'])),
  /** The window is too narrow for the mail and the expanded sidebar side by side: it starts collapsed there. */
  narrow: v.optional(v.boolean()),
});
