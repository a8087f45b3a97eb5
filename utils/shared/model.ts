/**
 * The records Account Lens keeps. Every record has a UUID `id`, ISO-8601
 * `createdAt`/`updatedAt`, and `deletedAt` when it sits in the trash.
 * Date-only fields (`LocalDate`) are `YYYY-MM-DD` in the user's local time, so
 * a renewal date never shifts by a day across time zones.
 *
 * The record shapes are written once, as schemas in ./schemas.ts (field by
 * field, with their doc comments); the types here are inferred from them.
 */
import type * as v from 'valibot';
import type * as S from './schemas';

export * from './vocabulary';

/** `YYYY-MM-DD`, counted in local time. */
export type LocalDate = string;
/** ISO-8601 timestamp with zone, e.g. `2026-11-24T09:30:00.000Z`. */
export type Timestamp = string;

export type RecordBase = v.InferOutput<typeof S.recordBase>;

/** An amount of money always travels with its ISO 4217 currency. */
export type Money = v.InferOutput<typeof S.money>;
export type Objective = v.InferOutput<typeof S.objective>;
/** An account's status and value as of `at`, when it took effect. */
export type AccountChange = v.InferOutput<typeof S.accountChange>;
/** Where a logged touchpoint came from, so one message or meeting occurrence is logged once. */
export type TouchpointSource = v.InferOutput<typeof S.touchpointSource>;

export type Account = v.InferOutput<typeof S.accountRecord>;
export type Contact = v.InferOutput<typeof S.contactRecord>;
export type Touchpoint = v.InferOutput<typeof S.touchpointRecord>;
export type Task = v.InferOutput<typeof S.taskRecord>;
export type Issue = v.InferOutput<typeof S.issueRecord>;
export type Opportunity = v.InferOutput<typeof S.opportunityRecord>;

export interface RecordTypes {
  accounts: Account;
  contacts: Contact;
  touchpoints: Touchpoint;
  tasks: Task;
  issues: Issue;
  opportunities: Opportunity;
}
export type StoreName = keyof RecordTypes;
export const STORE_NAMES = [
  'accounts',
  'contacts',
  'touchpoints',
  'tasks',
  'issues',
  'opportunities',
] as const satisfies readonly StoreName[];
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
export const SCHEMA_VERSION = 4;

// ---- What a content script reports about its page ----

export type PagePerson = v.InferOutput<typeof S.pagePerson>;
export type PageContext = v.InferOutput<typeof S.pageContext>;

// ---- Compile-time checks: the schemas agree with one another ----

/** `true` when A and B have the same keys and each is assignable to the other. */
type Agree<A, B> = [keyof A, A] extends [keyof B, B] ? ([keyof B, B] extends [keyof A, A] ? true : false) : false;
type Assert<T extends true> = T;
type DraftBaseKeys = Exclude<keyof RecordBase, 'id'>;

/** A draft schema's output, less the base fields the data layer overwrites, is `Draft` of the stored record. */
export type DraftsAgree = Assert<
  Agree<Draft<Account>, Omit<v.InferOutput<typeof S.accountDraft>, DraftBaseKeys>> &
    Agree<Draft<Contact>, Omit<v.InferOutput<typeof S.contactDraft>, DraftBaseKeys>> &
    Agree<Draft<Touchpoint>, Omit<v.InferOutput<typeof S.touchpointDraft>, DraftBaseKeys>> &
    Agree<Draft<Task>, Omit<v.InferOutput<typeof S.taskDraft>, DraftBaseKeys>> &
    Agree<Draft<Issue>, Omit<v.InferOutput<typeof S.issueDraft>, DraftBaseKeys>> &
    Agree<Draft<Opportunity>, Omit<v.InferOutput<typeof S.opportunityDraft>, DraftBaseKeys>>
>;
