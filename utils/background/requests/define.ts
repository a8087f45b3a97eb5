import type * as v from 'valibot';
import type { CallerKind } from '../../protocol/wire';
import type { RequestContext } from '../services';

/** One request, whole: who may send it, the shape of its data, and what the background does with it. */
export interface RequestDefinition<S extends v.GenericSchema, R, C extends CallerKind, P extends boolean = false> {
  /** The callers allowed: exactly the surfaces that send it. Any other is refused before the data is even read. */
  callers: readonly C[];
  /**
   * Sending it twice does no more than sending it once (a read): when a worker stop cuts it off, the request
   * sender (utils/protocol/client.ts) sends it again by itself. Never set on a write, which the stop may have let
   * through.
   */
  repeatable?: P;
  /** The data's schema; data that fails it is refused before `handle` runs. */
  data: S;
  handle(data: v.InferOutput<S>, context: RequestContext): Promise<R>;
}

/** Keeps a definition's exact types, so the reply type, each caller's client and the repeatable reads derive from it. */
export function defineRequest<
  S extends v.GenericSchema,
  R,
  const C extends CallerKind,
  const P extends boolean = false,
>(definition: RequestDefinition<S, R, C, P>): RequestDefinition<S, R, C, P> {
  return definition;
}
