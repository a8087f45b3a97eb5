import * as v from 'valibot';
import type { Runtime } from 'webextension-polyfill';
import { isQuotaError, LensError, QUOTA_MESSAGE } from '../shared/errors';
import { REQUEST_CHANNEL, type Reply } from '../protocol/wire';
import { identifyCaller, mayRequest, type Caller } from './caller';
import type { Touched } from './db/writes';
import { requests, type Requests } from './requests';
import type { BackgroundServices, RequestContext } from './services';

export type { BackgroundServices } from './services';

type RequestType = keyof Requests;

/**
 * The whole background API as one function: an untrusted message and the
 * browser's word on who sent it in, a plain-data reply out. Nothing runs
 * until the sender, its right to this request, and the data's shape pass.
 */
export function createHandler(services: BackgroundServices) {
  const shared = sharedContext(services);
  return async function handle(message: unknown, sender: Runtime.MessageSender): Promise<Reply<unknown>> {
    try {
      const { type, data } = readEnvelope(message);
      const caller = identifyCaller(sender, services.identity);
      if (!caller) throw new LensError('forbidden', 'Messages are accepted only from Account Lens itself.');
      if (!mayRequest(caller, type))
        throw new LensError('forbidden', `This part of Account Lens may not ask for "${type}".`);
      const definition = requests[type] as Requests[RequestType] & {
        handle: (data: unknown, context: RequestContext) => Promise<unknown>;
      };
      const parsed = v.safeParse(definition.data, data);
      if (!parsed.success) throw new LensError('invalid', describeIssues(type, parsed.issues));
      const value = await definition.handle(parsed.output, {
        ...shared,
        caller,
        tabOf: () => tabOf(services, caller),
      });
      return { ok: true, value };
    } catch (error) {
      return { ok: false, error: toReplyError(error) };
    }
  };
}

/** The parts of a request's context that outlive one request. */
function sharedContext(s: BackgroundServices): Omit<RequestContext, 'caller' | 'tabOf'> {
  return {
    services: s,
    inTabOrder: keyedQueue<number>(),
    afterWrite: (touched: Touched[]) => {
      for (const t of touched) s.search.applyChange(t.store, t.id, t.after);
      s.memo.invalidate(touched.map((t) => t.store));
      void s.refreshTabs();
      void s.remind();
    },
    dataReplaced: () => {
      s.search.reset();
      s.memo.invalidate();
      void s.refreshTabs();
      void s.remind();
    },
  };
}

/** Content scripts and frames only ever see their own tab; the popup's tab is the active one. */
async function tabOf(s: BackgroundServices, caller: Caller): Promise<number | undefined> {
  return caller.kind === 'popup' ? s.activeTabId() : caller.tabId;
}

/** Runs tasks with the same key one after another, in call order; different keys run freely. */
function keyedQueue<K>() {
  const tails = new Map<K, Promise<unknown>>();
  return <T>(key: K, task: () => Promise<T>): Promise<T> => {
    const run = (tails.get(key) ?? Promise.resolve()).then(task, task);
    const tail = run.catch(() => undefined);
    tails.set(key, tail);
    void tail.then(() => tails.get(key) === tail && tails.delete(key));
    return run;
  };
}

export function isRequestType(type: unknown): type is RequestType {
  return typeof type === 'string' && Object.hasOwn(requests, type);
}

function readEnvelope(message: unknown): { type: RequestType; data: unknown } {
  if (typeof message !== 'object' || message === null) throw new LensError('invalid', 'A message must be an object.');
  // Own properties only: nothing is taken from a prototype.
  const [channel, type, data] = (['channel', 'type', 'data'] as const).map((key) =>
    Object.hasOwn(message, key) ? (message as Record<string, unknown>)[key] : undefined,
  );
  if (channel !== REQUEST_CHANNEL) throw new LensError('invalid', 'Not an Account Lens request.');
  // The type is untrusted: only a string is quoted back (an object may not even convert to one).
  if (!isRequestType(type))
    throw new LensError(
      'invalid',
      typeof type === 'string'
        ? `Unknown request ${JSON.stringify(type).slice(0, 80)}.`
        : 'A request must name its type.',
    );
  return { type, data };
}

function describeIssues(type: RequestType, issues: v.BaseIssue<unknown>[]): string {
  const first = issues[0]!;
  const path = first.path?.map((p) => String(p.key)).join('.') ?? '';
  return `Invalid "${type}" request${path ? ` at ${path}` : ''}: ${first.message}`;
}

function toReplyError(error: unknown): Extract<Reply<never>, { ok: false }>['error'] {
  if (error instanceof LensError)
    return { code: error.code, message: error.message, ...(error.detail ? { detail: error.detail } : {}) };
  if (isQuotaError(error)) return { code: 'quota', message: QUOTA_MESSAGE };
  const message = error instanceof Error ? error.message : String(error);
  return { code: 'storage', message: `Account Lens could not complete this: ${message}` };
}
