/**
 * The protocol's front door for callers (content scripts, pages, tests): the wire, the derived request
 * types and the client. Background code imports utils/protocol/wire.ts directly, so that the types
 * derived from its request definitions never loop back into it.
 */
import type { SaveRequest } from '../shared/model';

export * from './wire';
export type * from './api';
export { backgroundClient } from './client';
export type SaveRecordRequest = SaveRequest;
