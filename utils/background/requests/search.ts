import * as v from 'valibot';
import { defineRequest } from './define';
import { count, none } from './schemas';

/** Fuzzy search over accounts and contacts. */
export const searchRequests = {
  warmSearch: defineRequest({
    callers: ['sidebar', 'popup', 'options'],
    data: none,
    handle: async (_, { services: s }) => {
      const built = s.search.isBuilt;
      // Start the build and answer at once: the popup warms the index while the user types.
      if (!built) s.search.warm().catch(() => undefined);
      return { built };
    },
  }),
  search: defineRequest({
    callers: ['sidebar', 'popup', 'options'],
    data: v.strictObject({ query: v.pipe(v.string(), v.maxLength(200)), limit: v.optional(count(1, 50)) }),
    handle: async ({ query, limit }, { services: s }) => s.search.search(query, limit),
  }),
};
