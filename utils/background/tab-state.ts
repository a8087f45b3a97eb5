import { storage } from 'wxt/utils/storage';
import { dbDirectory } from '../db/lookup';
import { getAccountBundle, type AccountBundle } from '../db/reads';
import type { LensDB } from '../db/schema';
import { exclusionKey, resolvePeople, type MatchExclusions, type SelfIdentity } from '../match/resolve';
import { PUSH_CHANNEL, type PushEnvelope, type PushType, type PushMap, type TabResolution } from '../messaging';
import type { Site } from '../model';
import { sidebarLayout, sidebarState, type FrameState } from './frame-layout';
import type { TabContexts } from './tab-contexts';

/** What resolving a tab's page needs. */
export interface TabStateDeps {
  tabs: TabContexts;
  db: () => Promise<LensDB>;
  self: () => Promise<SelfIdentity>;
  exclusions: () => Promise<MatchExclusions>;
  sidebarChoices: SidebarChoices;
}

/** The sidebar state the user chose, per site. */
export interface SidebarChoices {
  get(site: Site): Promise<FrameState | undefined>;
  set(site: Site, state: FrameState): Promise<void>;
}

export async function resolveTab(deps: TabStateDeps, tabId: number | undefined): Promise<TabResolution> {
  const context = tabId === undefined ? null : await deps.tabs.get(tabId);
  if (!context) return { context: null, resolution: null };
  const [self, exclusions, db] = await Promise.all([deps.self(), deps.exclusions(), deps.db()]);
  return { context, resolution: await resolvePeople(context.people, self, dbDirectory(db), exclusions) };
}

export interface TabAccounts extends TabResolution {
  bundles: AccountBundle[];
  sidebar: FrameState;
}

/** The tab's page resolved, with each matched account's records (newest touchpoints first). */
export async function tabAccounts(deps: TabStateDeps, tabId: number | undefined, touchpointLimit = 50): Promise<TabAccounts> {
  const resolved = await resolveTab(deps, tabId);
  const db = await deps.db();
  const bundles = (await Promise.all((resolved.resolution?.accounts ?? []).map((m) => getAccountBundle(db, m.account.id, touchpointLimit)))).filter(
    (b): b is AccountBundle => b !== null,
  );
  const chosen = resolved.context ? await deps.sidebarChoices.get(resolved.context.site) : undefined;
  return { ...resolved, bundles, sidebar: sidebarState(resolved.context, bundles.length, chosen) };
}

export type Push = <K extends PushType>(tabId: number, type: K, data: PushMap[K], frameId?: number) => void;

/**
 * After a tab's page or the records change: tell the tab's content script how
 * to size the sidebar, and the frames to fetch again.
 */
export function createTabRefresher(deps: TabStateDeps & { push: Push }) {
  const refreshOne = async (tabId: number, contextChanged: boolean) => {
    const resolved = await resolveTab(deps, tabId);
    const chosen = resolved.context ? await deps.sidebarChoices.get(resolved.context.site) : undefined;
    const state = sidebarState(resolved.context, resolved.resolution?.accounts.length ?? 0, chosen);
    deps.push(tabId, 'frameLayout', sidebarLayout(state), 0);
    if (contextChanged) deps.push(tabId, 'contextChanged', null);
  };
  return async (tabId?: number, contextChanged = true): Promise<void> => {
    const ids = tabId === undefined ? await deps.tabs.tabIds() : [tabId];
    await Promise.all(ids.map((id) => refreshOne(id, contextChanged)));
  };
}

export function envelope<K extends PushType>(type: K, data: PushMap[K]): PushEnvelope<K> {
  return { channel: PUSH_CHANNEL, type, data };
}

const choicesItem = storage.defineItem<Partial<Record<Site, FrameState>>>('local:sidebarChoices', { fallback: {}, version: 1 });
export const storedSidebarChoices: SidebarChoices = {
  get: async (site) => (await choicesItem.getValue())[site],
  set: async (site, state) => void (await choicesItem.setValue({ ...(await choicesItem.getValue()), [site]: state })),
};

const exclusionsItem = storage.defineItem<string[]>('local:matchExclusions', { fallback: [], version: 1 });
export const storedExclusions = {
  load: async (): Promise<MatchExclusions> => new Set(await exclusionsItem.getValue()),
  add: async (email: string, accountId: string) => {
    const key = exclusionKey(email, accountId);
    const current = await exclusionsItem.getValue();
    if (!current.includes(key)) await exclusionsItem.setValue([...current, key]);
  },
};
