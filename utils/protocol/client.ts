import { browser } from 'wxt/browser';
import type { BackgroundClient, RepeatableRequest, RequestMap, RequestType, Requester } from './api';
import {
  REQUEST_CHANNEL,
  RequestFailed,
  STOPPED_MESSAGE,
  STOPPED_WRITE_MESSAGE,
  type CallerKind,
  type Reply,
} from './wire';

/**
 * The reads, as their definitions mark them (`repeatable`): one cut off by a worker stop is sent again. Typed
 * from the definitions, so an entry missing here, or one too many, does not compile.
 */
const REPEATABLE: Record<RepeatableRequest, true> = {
  getTabAccounts: true,
  warmSearch: true,
  search: true,
  listAccounts: true,
  getAccount: true,
  listContacts: true,
  listExclusions: true,
  exportRecords: true,
  listTrash: true,
  getPortfolio: true,
  getDue: true,
  getDetectionReport: true,
  isBookEmpty: true,
  getTabSignedIn: true,
};

/** Waits before each resend of a cut-off read: the resend wakes the worker, which may take a moment to start. */
export const STOPPED_RETRY_DELAYS_MS = [100, 500, 1_500];

export function isRepeatable(type: RequestType): boolean {
  return Object.hasOwn(REPEATABLE, type);
}

/**
 * Sends a request to the background; resolves with its reply or rejects with `RequestFailed`. A read that a
 * worker stop cut off is sent again (after each of `STOPPED_RETRY_DELAYS_MS`); a write never is, since the stop
 * may have come after it was saved.
 */
export async function request<K extends RequestType>(
  type: K,
  data: RequestMap[K]['data'],
): Promise<RequestMap[K]['reply']> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await sendOnce(type, data);
    } catch (error) {
      const again = error instanceof RequestFailed && error.code === 'stopped' && isRepeatable(type);
      if (!again || attempt >= STOPPED_RETRY_DELAYS_MS.length) throw error;
      await new Promise((resolve) => setTimeout(resolve, STOPPED_RETRY_DELAYS_MS[attempt]));
    }
  }
}

async function sendOnce<K extends RequestType>(type: K, data: RequestMap[K]['data']): Promise<RequestMap[K]['reply']> {
  const stopped = () => new RequestFailed('stopped', isRepeatable(type) ? STOPPED_MESSAGE : STOPPED_WRITE_MESSAGE);
  let reply: Reply<RequestMap[K]['reply']> | undefined;
  try {
    reply = (await browser.runtime.sendMessage({ channel: REQUEST_CHANNEL, type, data })) as typeof reply;
  } catch {
    // The browser stopped the background mid-request (or the extension was updated): the channel closed unanswered.
    throw stopped();
  }
  // No reply at all: no background answered, which is what a stopped or restarting one looks like too.
  if (!reply) throw stopped();
  if (!reply.ok) throw new RequestFailed(reply.error.code, reply.error.message, reply.error.detail);
  return reply.value;
}

/**
 * A caller's client: `client.getAccount({ id })` sends `getAccount`. Its type offers exactly the requests
 * the caller may make; the background refuses any other whatever is sent.
 */
export function backgroundClient<C extends CallerKind>(send: Requester = request): BackgroundClient<C> {
  return new Proxy({} as BackgroundClient<C>, {
    // `then` stays undefined, so the client is not mistaken for a promise when awaited or returned.
    get: (_target, type) =>
      typeof type === 'string' && type !== 'then' ? (data: never) => send(type as RequestType, data) : undefined,
  });
}
