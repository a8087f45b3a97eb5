import * as v from 'valibot';
import { defineRequest } from './define';
import { count, none } from './schemas';

/** Fuzzy search over accounts and contacts. */
export const searchRequests = {
  /** Popup, as it opens: build the index now, so the first keystroke does not wait for it. */
  warmSearch: defineRequest({
    callers: ['popup'],
    repeatable: true,
    data: none,
    handle: async (_, { services: s }) => {
      const built = s.search.isBuilt;
      // Start the build and answer at once: the popup warms the index while the user types.
      if (!built) s.search.warm().catch(() => undefined);
      return { built };
    },
  }),
  search: defineRequest({
    callers: ['popup'],
    repeatable: true,
    data: v.strictObject({ query: v.pipe(v.string(), v.maxLength(200)), limit: v.optional(count(1, 50)) }),
    handle: async ({ query, limit }, { services: s }) => s.search.search(query, limit),
  }),
};
