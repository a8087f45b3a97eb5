import { browser } from 'wxt/browser';
import type { BackgroundClient, RequestMap, RequestType, Requester } from './api';
import { REQUEST_CHANNEL, RequestFailed, STOPPED_MESSAGE, type CallerKind, type Reply } from './wire';

/** Sends a request to the background; resolves with its reply or rejects with `RequestFailed`. */
export async function request<K extends RequestType>(
  type: K,
  data: RequestMap[K]['data'],
): Promise<RequestMap[K]['reply']> {
  let reply: Reply<RequestMap[K]['reply']> | undefined;
  try {
    reply = (await browser.runtime.sendMessage({ channel: REQUEST_CHANNEL, type, data })) as typeof reply;
  } catch {
    // The browser stopped the background mid-request (or the extension was updated): the channel closed unanswered.
    throw new RequestFailed('storage', STOPPED_MESSAGE);
  }
  // No reply at all: no background answered, which is what a stopped or restarting one looks like too.
  if (!reply) throw new RequestFailed('storage', STOPPED_MESSAGE);
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
