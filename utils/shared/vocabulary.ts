/**
 * The fixed lists a record's fields take their values from. Both the schemas
 * (utils/shared/schemas.ts) and the model (utils/shared/model.ts, which
 * re-exports them) read these, so they live apart from both.
 */

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

/** The sites a content script reads. */
export const SITES = ['gmail', 'google-calendar', 'outlook'] as const;
export type Site = (typeof SITES)[number];

export const PERSON_ROLES = ['from', 'organizer', 'to', 'cc', 'bcc', 'guest', 'participant', 'body'] as const;
/** Where a person appears on the page; earlier means more central. */
export type PersonRole = (typeof PERSON_ROLES)[number];
