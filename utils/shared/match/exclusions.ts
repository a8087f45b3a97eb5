import * as v from 'valibot';
import { idSchema } from '../schemas';
import { normalizeEmail, personNameKey } from './normalize';
import { exclusionKey, type ExcludedPerson } from './resolve';

/**
 * One "not this account": someone, by the address the page showed or (shown by name only) by their name,
 * who must no longer be matched to that account.
 */
export type MatchExclusion = ExcludedPerson & { accountId: string };

/**
 * An exclusion as a request or a backup carries it: an address (normalized here) or a name as shown (spaces
 * tidied; it is compared by `personNameKey`, so it must keep something of a name), never both.
 */
export const matchExclusionSchema = v.pipe(
  v.strictObject({
    email: v.optional(v.pipe(v.string(), v.maxLength(320))),
    name: v.optional(v.pipe(v.string(), v.maxLength(300))),
    accountId: idSchema,
  }),
  v.rawTransform(({ dataset, addIssue, NEVER }): MatchExclusion => {
    const { email, name, accountId } = dataset.value;
    if ((email === undefined) === (name === undefined)) {
      addIssue({ message: 'Expected either an email address or a name.' });
      return NEVER;
    }
    if (email !== undefined) {
      const address = normalizeEmail(email);
      if (address) return { email: address, accountId };
      addIssue({ message: `"${email}" is not an email address.` });
      return NEVER;
    }
    const shown = name!.trim().replace(/\s+/g, ' ');
    if (personNameKey(shown)) return { name: shown, accountId };
    addIssue({ message: 'Expected a name.' });
    return NEVER;
  }),
);

/** The same person and account: equal keys. */
export const sameExclusion = (a: MatchExclusion, b: MatchExclusion) =>
  exclusionKey(a, a.accountId) === exclusionKey(b, b.accountId);

/** Version 1 of the stored exclusions was a list of `address|accountId` keys: each is an exclusion by address. */
export function exclusionsFromV1(keys: unknown): MatchExclusion[] {
  if (!Array.isArray(keys)) return [];
  return keys.flatMap((key) => {
    if (typeof key !== 'string') return [];
    const bar = key.lastIndexOf('|');
    const address = bar > 0 ? normalizeEmail(key.slice(0, bar)) : null;
    const accountId = key.slice(bar + 1);
    return address && accountId ? [{ email: address, accountId }] : [];
  });
}
