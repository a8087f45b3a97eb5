/**
 * The records Account Lens keeps. Every record has a UUID `id`, ISO-8601
 * `createdAt`/`updatedAt`, and `deletedAt` when it sits in the trash.
 * Date-only fields (`LocalDate`) are `YYYY-MM-DD` in the user's local time, so
 * a renewal date never shifts by a day across time zones.
 */

/** `YYYY-MM-DD`, counted in local time. */
export type LocalDate = string;
/** ISO-8601 timestamp with zone, e.g. `2026-11-24T09:30:00.000Z`. */
export type Timestamp = string;

export const TIERS = ['strategic', 'key', 'standard'] as const;
export const ACCOUNT_STATUSES = ['prospect', 'active', 'at-risk', 'churned'] as const;
export const CHANNELS = ['email', 'call', 'meeting'] as const;
export const CONTACT_ROLES = ['champion', 'decision-maker', 'influencer', 'billing', 'user', 'other'] as const;
export const TOUCHPOINT_KINDS = ['email', 'call', 'meeting', 'note', 'visit'] as const;
export const DIRECTIONS = ['inbound', 'outbound'] as const;
export const SENTIMENTS = ['positive', 'neutral', 'negative'] as const;
export const SEVERITIES = ['low', 'medium', 'high', 'critical'] as const;
export const ISSUE_STATUSES = ['open', 'resolved'] as const;
export const OPPORTUNITY_KINDS = ['upsell', 'cross-sell', 'renewal'] as const;
export const OPPORTUNITY_STAGES = ['identified', 'proposed', 'negotiating', 'won', 'lost'] as const;

export type Tier = (typeof TIERS)[number];
export type AccountStatus = (typeof ACCOUNT_STATUSES)[number];
export type Channel = (typeof CHANNELS)[number];
export type ContactRole = (typeof CONTACT_ROLES)[number];
export type TouchpointKind = (typeof TOUCHPOINT_KINDS)[number];
export type Direction = (typeof DIRECTIONS)[number];
export type Sentiment = (typeof SENTIMENTS)[number];
export type Severity = (typeof SEVERITIES)[number];
export type IssueStatus = (typeof ISSUE_STATUSES)[number];
export type OpportunityKind = (typeof OPPORTUNITY_KINDS)[number];
export type OpportunityStage = (typeof OPPORTUNITY_STAGES)[number];

export interface RecordBase {
  id: string;
  createdAt: Timestamp;
  updatedAt: Timestamp;
  deletedAt?: Timestamp;
}

/** An amount of money always travels with its ISO 4217 currency. */
export interface Money {
  amount: number;
  currency: string;
}

export interface Objective {
  text: string;
  due?: LocalDate;
  done: boolean;
}

export interface Account extends RecordBase {
  name: string;
  /** Registrable domains, lowercase ASCII (IDN in punycode). */
  domains: string[];
  tier: Tier;
  status: AccountStatus;
  owner?: string;
  industry?: string;
  annualValue?: Money;
  contractStart?: LocalDate;
  renewalDate?: LocalDate;
  preferredChannel?: Channel;
  /** Overrides the tier's default contact cadence. */
  cadenceDays?: number;
  objectives: Objective[];
  tags: string[];
  notes?: string;
  /**
   * Status and value as they changed, oldest first, each with when it took effect: what retention and
   * value growth over a period are read from. Kept by the data layer, never set by the caller.
   */
  history?: AccountChange[];
}

export interface AccountChange {
  at: Timestamp;
  status: AccountStatus;
  annualValue?: Money;
}

export interface Contact extends RecordBase {
  accountId: string;
  name: string;
  /** Normalized addresses (see utils/match/normalize.ts). */
  emails: string[];
  title?: string;
  phone?: string;
  role: ContactRole;
  preferredChannel?: Channel;
  notes?: string;
}

/** Where a logged touchpoint came from, so one message or meeting occurrence is logged once. */
export interface TouchpointSource {
  site: Site;
  /** Message id (mail) or event instance id (calendar). */
  itemId: string;
  threadId?: string;
  subject?: string;
}

export interface Touchpoint extends RecordBase {
  accountId: string;
  contactIds: string[];
  kind: TouchpointKind;
  direction: Direction;
  occurredAt: Timestamp;
  summary: string;
  sentiment: Sentiment;
  source?: TouchpointSource;
  /** `site:itemId`, derived from `source`; indexed to refuse a second log of the same item. */
  sourceKey?: string;
  /** Who logged it (the owner's name, or empty for "you"). */
  loggedBy?: string;
}

export interface Task extends RecordBase {
  accountId: string;
  contactId?: string;
  title: string;
  dueAt: Timestamp;
  doneAt?: Timestamp;
}

export interface Issue extends RecordBase {
  accountId: string;
  title: string;
  severity: Severity;
  status: IssueStatus;
  openedAt: Timestamp;
  resolvedAt?: Timestamp;
  resolution?: string;
}

export interface Opportunity extends RecordBase {
  accountId: string;
  title: string;
  kind: OpportunityKind;
  value?: Money;
  stage: OpportunityStage;
  expectedClose?: LocalDate;
  nextStep?: string;
  /** Every stage the opportunity entered and when; kept by the data layer on each save. */
  stageHistory?: Array<{ stage: OpportunityStage; at: Timestamp }>;
}

export interface RecordTypes {
  accounts: Account;
  contacts: Contact;
  touchpoints: Touchpoint;
  tasks: Task;
  issues: Issue;
  opportunities: Opportunity;
}
export type StoreName = keyof RecordTypes;
export const STORE_NAMES = ['accounts', 'contacts', 'touchpoints', 'tasks', 'issues', 'opportunities'] as const satisfies readonly StoreName[];
export type AnyRecord = RecordTypes[StoreName];

/** The fields a caller supplies; the data layer owns ids and timestamps. */
export type Draft<T extends RecordBase> = Omit<T, keyof RecordBase> & { id?: string };

/** Every store's records: a whole book, an import or a backup. */
export type RecordSet = { [S in StoreName]: RecordTypes[S][] };

/** One record to save, in its store. */
export type SaveRequest = { [S in StoreName]: { store: S; record: Draft<RecordTypes[S]> } }[StoreName];

/** An account with its records; touchpoints newest first. */
export interface AccountBundle {
  account: Account;
  contacts: Contact[];
  touchpoints: Touchpoint[];
  tasks: Task[];
  issues: Issue[];
  opportunities: Opportunity[];
}

/**
 * The version of the stored schema: the number of upgrade steps (utils/background/db/migrations.ts checks
 * it has as many), and the newest a backup may carry.
 */
export const SCHEMA_VERSION = 3;

// ---- What a content script reports about its page ----

export const SITES = ['gmail', 'google-calendar', 'outlook'] as const;
export type Site = (typeof SITES)[number];

export const PERSON_ROLES = ['from', 'organizer', 'to', 'cc', 'bcc', 'guest', 'participant', 'body'] as const;
/** Where a person appears on the page; earlier means more central. */
export type PersonRole = (typeof PERSON_ROLES)[number];

export interface PagePerson {
  /** Raw address as found (normalized by the background); absent when the page shows a name only. */
  email?: string;
  name?: string;
  role: PersonRole;
}

export interface PageContext {
  site: Site;
  /** e.g. `thread`, `compose`, `list`, `event-popup`, `event-edit`, `reading-pane`. */
  view: string;
  people: PagePerson[];
  subject?: string;
  threadId?: string;
  /** Mail: the message id to log (last message of the thread, or the compose draft). */
  messageId?: string;
  /** Calendar: the event instance id (each occurrence of a recurring event is its own). */
  eventId?: string;
  /** Calendar: the event's start; mail: when the newest message was sent. ISO-8601. */
  start?: Timestamp;
  /** The signed-in user's address, as the page shows it. */
  selfEmail?: string;
  /** Which extraction strategy found the people (for the detection-miss report). */
  strategy?: string;
  /** Whether the host page is light or dark, so the frames can match it. */
  theme?: 'light' | 'dark';
}
