/**
 * Every request's data and reply types, and each caller's client, derived from the one definition of each
 * request (utils/background/requests/). Type-only: no background code reaches a caller's bundle.
 */
import type * as v from 'valibot';
import type { Requests } from '../background/requests';
import type { CallerKind } from './wire';

export type RequestType = keyof Requests;
/** What a caller sends: the input of the request's schema. */
export type DataOf<K extends RequestType> = v.InferInput<Requests[K]['data']>;
/** What the background answers: whatever the request's handler resolves to. */
export type ReplyOf<K extends RequestType> = Awaited<ReturnType<Requests[K]['handle']>>;

/** Every request: its data and its reply. */
export type RequestMap = { [K in RequestType]: { data: DataOf<K>; reply: ReplyOf<K> } };

/** The requests a caller is allowed to make, from each definition's `callers`. */
export type AllowedFor<C extends CallerKind> = {
  [K in RequestType]: C extends Requests[K]['callers'][number] ? K : never;
}[RequestType];

/** Requests defined `repeatable` (reads): sent again by the caller's side when a worker stop cut them off. */
export type RepeatableRequest = {
  [K in RequestType]: Requests[K] extends { repeatable?: infer P } ? (true extends P ? K : never) : never;
}[RequestType];

/** A caller's view of the background: one method per request it may make, nothing else. */
export type BackgroundClient<C extends CallerKind> = { [K in AllowedFor<C>]: (data: DataOf<K>) => Promise<ReplyOf<K>> };

/** Sends one request: `request` in the extension, the handler itself in tests. */
export type Requester = <K extends RequestType>(
  type: K,
  data: RequestMap[K]['data'],
) => Promise<RequestMap[K]['reply']>;
