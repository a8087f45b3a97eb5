import * as v from 'valibot';
import { LensError } from '../../shared/errors';
import { matchExclusionSchema } from '../../shared/match/exclusions';
import type { Site } from '../../shared/model';
import { pageContext } from '../../shared/schemas';
import { logPageAutomatically, runAutoLog } from '../auto-log';
import type { Caller } from '../caller';
import type { BackgroundServices } from '../services';
import { tabAccounts, type FrameChoices } from '../tab-state';
import { defineRequest } from './define';
import { none } from './schemas';

const tabId = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(Number.MAX_SAFE_INTEGER));
const frameState = v.strictObject({ state: v.picklist(['expanded', 'collapsed']) });

/** The page a tab shows, and the frames that show its accounts. */
export const pageRequests = {
  /** Content script: the page now shows this (null: nothing detected), and which parts its adapter could not find. */
  reportPageContext: defineRequest({
    callers: ['content'],
    data: v.strictObject({
      context: v.nullable(pageContext),
      misses: v.optional(
        v.pipe(
          v.array(
            v.strictObject({ view: v.pipe(v.string(), v.maxLength(40)), part: v.pipe(v.string(), v.maxLength(40)) }),
          ),
          v.maxLength(20),
        ),
      ),
    }),
    handle: ({ context, misses }, { services: s, caller, inTabOrder, afterWrite }) =>
      inTabOrder(caller.tabId!, async () => {
        if (context?.selfEmail) await s.learnSelf(context.selfEmail);
        if (misses?.length) await s.misses.record(context?.site ?? siteOfHost(caller), misses);
        const changed = await s.tabs.set(caller.tabId!, context);
        // The layout is pushed even when unchanged: a reloaded page needs its sidebar back.
        void s.refreshTabs(caller.tabId, changed);
        runAutoLog(caller.tabId!, () => logPageAutomatically(s, caller.tabId!, context, afterWrite));
        return { changed };
      }),
  }),
  /**
   * Frames and popup: the tab's page resolved, with each matched account's records and the sidebar's state. The
   * tab is the frame's own, or the popup's active tab: no caller names one.
   */
  getTabAccounts: defineRequest({
    callers: ['sidebar', 'briefing', 'popup'],
    repeatable: true,
    data: v.strictObject({}),
    handle: async (_, { services: s, caller, tabOf }) => {
      // Remember the frame, so the next change is pushed to it directly, even by a restarted worker (while the
      // answer is read: a woken worker's first answer does not wait for session storage twice).
      const remembered =
        (caller.kind === 'sidebar' || caller.kind === 'briefing') && caller.frameId !== undefined
          ? s.frames.add(caller.tabId!, caller.frameId)
          : undefined;
      const [answer] = await Promise.all([tabOf().then((tabId) => tabAccounts(s, tabId)), remembered]);
      return answer;
    },
  }),
  /**
   * Options (the welcome page): the address an open mail or calendar tab showed as signed in, to prefill "who
   * you are"; `read` is false while the tab's page has not reported (opened before the install, or loading).
   */
  getTabSignedIn: defineRequest({
    callers: ['options'],
    repeatable: true,
    data: v.strictObject({ tabId }),
    handle: async ({ tabId }, { services: s }) => {
      const context = await s.tabs.get(tabId);
      return { read: context !== null, selfEmail: context?.selfEmail ?? null };
    },
  }),
  /** Sidebar and briefing card (its "open the sidebar"): the user expanded or collapsed it (remembered per site). */
  setSidebarState: defineRequest({
    callers: ['sidebar', 'briefing'],
    data: frameState,
    handle: ({ state }, { services: s, caller }) => rememberFrameState(s, caller, s.sidebarChoices, state),
  }),
  /** Briefing card: the user expanded or collapsed it (remembered per site). */
  setBriefingState: defineRequest({
    callers: ['briefing'],
    data: frameState,
    handle: ({ state }, { services: s, caller }) => rememberFrameState(s, caller, s.briefingChoices, state),
  }),
  /**
   * "Not this account": stop matching this person to this account; by their address, or by the name shown
   * when the page showed no address. Replies with the exclusion as stored, which `includeMatch` takes back.
   */
  excludeMatch: defineRequest({
    callers: ['sidebar', 'options'],
    data: matchExclusionSchema,
    handle: async (exclusion, { services: s }) => {
      await s.exclusionStore.add(exclusion);
      // Exclusions change no record: the shared resolutions go, the directory of accounts and contacts stays.
      s.memo.invalidate([]);
      await s.refreshTabs();
      return { exclusion };
    },
  }),
  /** Undo of "Not this account" (sidebar), and the options page's Remove: match this person to this account again. */
  includeMatch: defineRequest({
    callers: ['sidebar', 'options'],
    data: matchExclusionSchema,
    handle: async (exclusion, { services: s }) => {
      const removed = await s.exclusionStore.remove(exclusion);
      s.memo.invalidate([]);
      await s.refreshTabs();
      return { exclusion, removed };
    },
  }),
  /** Options page: every "not this account", with the account's name (null once the account is erased). */
  listExclusions: defineRequest({
    callers: ['options'],
    repeatable: true,
    data: none,
    handle: async (_, { services: s }) => {
      const [exclusions, db] = await Promise.all([s.exclusionStore.list(), s.db()]);
      const tx = db.transaction('accounts');
      const accounts = await Promise.all(exclusions.map((e) => tx.store.get(e.accountId)));
      return exclusions.map((exclusion, i) => ({
        exclusion,
        account: accounts[i] ? { name: accounts[i].name, inTrash: Boolean(accounts[i].deletedAt) } : null,
      }));
    },
  }),
};

/** The user's choice of expanded or collapsed, remembered for the tab's site; the tab's frames follow at once. */
async function rememberFrameState(
  s: BackgroundServices,
  caller: Caller,
  choices: FrameChoices,
  state: 'expanded' | 'collapsed',
): Promise<null> {
  const context = await s.tabs.get(caller.tabId!);
  if (!context) throw new LensError('not-found', 'This tab shows no mail or calendar view.');
  await choices.set(context.site, state);
  await s.refreshTabs(caller.tabId, true);
  return null;
}

/** The site of a content script's page, when its report carried no context. */
function siteOfHost(caller: Caller): Site {
  const host = caller.url ? new URL(caller.url).hostname : '';
  return host === 'mail.google.com' ? 'gmail' : host === 'calendar.google.com' ? 'google-calendar' : 'outlook';
}
