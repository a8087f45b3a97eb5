import type * as v from 'valibot';
import type { CallerKind } from '../../protocol/wire';
import type { RequestContext } from '../services';

/** One request, whole: who may send it, the shape of its data, and what the background does with it. */
export interface RequestDefinition<S extends v.GenericSchema, R, C extends CallerKind> {
  /** The callers allowed; any other is refused before the data is even read. */
  callers: readonly C[];
  /** The data's schema; data that fails it is refused before `handle` runs. */
  data: S;
  handle(data: v.InferOutput<S>, context: RequestContext): Promise<R>;
}

/** Keeps a definition's exact types, so the reply type and each caller's client derive from it. */
export function defineRequest<S extends v.GenericSchema, R, const C extends CallerKind>(
  definition: RequestDefinition<S, R, C>,
): RequestDefinition<S, R, C> {
  return definition;
}
