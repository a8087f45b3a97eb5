import { storage } from 'wxt/utils/storage';
import { dbDirectory, loadDirectoryIndex, type DirectoryIndex } from './db/lookup';
import { getAccountBundle, type AccountBundle } from './db/reads';
import type { LensDB } from './db/schema';
import * as v from 'valibot';
import { exclusionsFromV1, matchExclusionSchema, sameExclusion, type MatchExclusion } from '../shared/match/exclusions';
import { exclusionKey, resolvePeople, type MatchExclusions, type SelfIdentity } from '../shared/match/resolve';
import type { PushMap, PushType } from '../protocol/wire';
import type { TabAccounts, TabResolution } from '../shared/tab-accounts';
export type { TabAccounts } from '../shared/tab-accounts';
import type { PageContext, Site } from '../shared/model';
import { cachedUntilChanged } from './cached';
import { timedResolution } from './resolve-timing';
import { briefingLayout, briefingState, sidebarLayout, sidebarState, type FrameState } from './frame-layout';
import type { TabContexts, TabFrames } from './tab-contexts';

/** What resolving a tab's page needs. */
export interface TabStateDeps {
  tabs: TabContexts;
  db: () => Promise<LensDB>;
  self: () => Promise<SelfIdentity>;
  exclusions: () => Promise<MatchExclusions>;
  /** The user's own choices of expanded or collapsed, per site: the sidebar's and the briefing card's. */
  sidebarChoices: FrameChoices;
  briefingChoices: FrameChoices;
  /** Resolutions shared by the frames and the layout of one page; dropped when records or settings change. */
  memo: TabMemo;
  /** Each tab's sidebar and briefing frames, by frame id, learnt when they first ask for data. */
  frames: TabFrames;
}

/**
 * One page change makes the layout, the sidebar and the briefing each ask for
 * the same resolution at once; they share one, until the page or the data changes.
 */
interface MemoEntry {
  context: PageContext;
  version: number;
  resolution?: Promise<TabResolution>;
  accounts?: Promise<TabAccounts>;
}

export class TabMemo {
  private version = 0;
  private readonly entries = new Map<number, MemoEntry>();

  /** Bumped only when accounts or contacts change: a logged email or a new task keeps the directory. */
  private directoryVersion = 0;
  private directory?: { version: number; index?: DirectoryIndex; loading: Promise<DirectoryIndex> };

  /** Each account's records as the frames get them, until any record changes: a page seen again needs no read. */
  private bundles = new Map<string, Promise<AccountBundle | null>>();

  /**
   * Records or settings changed. Without `stores`, or when they include accounts or contacts, the directory goes
   * too; the accounts' records go with any store (an exclusion, `[]`, changes none of them).
   */
  invalidate(stores?: readonly string[]): void {
    this.version++;
    if (!stores || stores.includes('accounts') || stores.includes('contacts')) this.directoryVersion++;
    if (!stores || stores.length) this.bundles = new Map();
  }

  /** An account's records, read once until a record changes (a read begun before the change is not kept). */
  bundle(accountId: string, load: () => Promise<AccountBundle | null>): Promise<AccountBundle | null> {
    const kept = this.bundles;
    const found = kept.get(accountId);
    if (found) return found;
    const loading = load();
    kept.set(accountId, loading);
    if (kept.size > KEPT_BUNDLES) kept.delete(kept.keys().next().value!);
    loading.catch(() => kept.get(accountId) === loading && kept.delete(accountId));
    return loading;
  }

  /** Every live account and contact, if loaded since they last changed. */
  loadedDirectory(): DirectoryIndex | undefined {
    return this.directory?.version === this.directoryVersion ? this.directory.index : undefined;
  }

  /** Loads the directory for the current data, unless it is loaded or loading; resolution does not wait for it, the contacts list does. */
  prepareDirectory(load: () => Promise<DirectoryIndex>): Promise<DirectoryIndex> {
    if (this.directory?.version === this.directoryVersion) return this.directory.loading;
    const entry: { version: number; index?: DirectoryIndex; loading: Promise<DirectoryIndex> } = {
      version: this.directoryVersion,
      loading: load(),
    };
    this.directory = entry;
    entry.loading.then(
      (index) => void (entry.index = index),
      () => this.directory === entry && (this.directory = undefined),
    );
    return entry.loading;
  }

  forget(tabId: number): void {
    this.entries.delete(tabId);
  }

  /** The memo entry for this exact page context (contexts are replaced, never mutated, when the page changes). */
  entry(tabId: number, context: PageContext): MemoEntry {
    const found = this.entries.get(tabId);
    if (found && found.context === context && found.version === this.version) return found;
    const fresh: MemoEntry = { context, version: this.version };
    this.entries.set(tabId, fresh);
    return fresh;
  }
}

/** A frame's state as the user chose it, per site. */
export interface FrameChoices {
  get(site: Site): Promise<FrameState | undefined>;
  set(site: Site, state: FrameState): Promise<void>;
}

/** Both frames' states on the page: from the page's view and the user's choices, never from what matched. */
export async function frameStates(
  deps: Pick<TabStateDeps, 'sidebarChoices' | 'briefingChoices'>,
  context: PageContext | null,
): Promise<{ sidebar: FrameState; briefing: FrameState }> {
  if (!context) return { sidebar: 'hidden', briefing: 'hidden' };
  const [sidebar, briefing] = await Promise.all([
    deps.sidebarChoices.get(context.site),
    deps.briefingChoices.get(context.site),
  ]);
  return { sidebar: sidebarState(context, sidebar), briefing: briefingState(context, briefing) };
}

export async function resolveTab(deps: TabStateDeps, tabId: number | undefined): Promise<TabResolution> {
  const context = tabId === undefined ? null : await deps.tabs.get(tabId);
  if (!context) return { context: null, resolution: null };
  const entry = deps.memo.entry(tabId!, context);
  entry.resolution ??= (async () => {
    const [self, exclusions, db] = await Promise.all([deps.self(), deps.exclusions(), deps.db()]);
    const directory = deps.memo.loadedDirectory();
    const resolution = await timedResolution(context.people.length, () =>
      resolvePeople(
        context.people,
        self,
        dbDirectory(db, directory, () => deps.memo.prepareDirectory(() => loadDirectoryIndex(db))),
        exclusions,
      ),
    );
    return { context, resolution };
  })();
  return entry.resolution;
}

/** The tab's page resolved, with each matched account's records (newest touchpoints first). */
export async function tabAccounts(deps: TabStateDeps, tabId: number | undefined): Promise<TabAccounts> {
  const resolved = await resolveTab(deps, tabId);
  const bundles = async () => {
    const db = await deps.db();
    const found = await Promise.all(
      (resolved.resolution?.accounts ?? []).map((m) =>
        deps.memo.bundle(m.account.id, () => getAccountBundle(db, m.account.id, TIMELINE_LIMIT)),
      ),
    );
    return found.filter((b): b is AccountBundle => b !== null);
  };
  const shared = resolved.context ? deps.memo.entry(tabId!, resolved.context) : undefined;
  // The frames' states are not shared (the user may have just changed them), and read while the records load.
  const states = frameStates(deps, resolved.context);
  const loaded = shared
    ? await (shared.accounts ??= bundles().then((b) => ({ ...resolved, bundles: b, ...HIDDEN })))
    : { ...resolved, bundles: await bundles() };
  // Loaded once the page's accounts are read, never on the way: a woken worker's first pages read IndexedDB's
  // indexes directly (except a page showing someone by name only, whose lookup waits for it: no index holds
  // names' keys), and its reads would queue behind the directory's.
  if (!deps.memo.loadedDirectory())
    void deps.db().then((db) => deps.memo.prepareDirectory(() => loadDirectoryIndex(db)));
  return { ...loaded, ...(await states) };
}

const HIDDEN = { sidebar: 'hidden', briefing: 'hidden' } as const;

/** Accounts whose records are kept in memory: more than the pages of a day's mail and meetings show. */
const KEPT_BUNDLES = 100;

/** Touchpoints per account sent to the frames (the timeline shows 30). */
const TIMELINE_LIMIT = 50;

/** Sends a push to one frame of a tab; rejects when nothing there listens (the frame is gone). */
export type Push = <K extends PushType>(tabId: number, type: K, data: PushMap[K], frameId: number) => Promise<void>;

/**
 * After a tab's page or the records change: tell the tab's content script how
 * to size the frames, and send the frames their new data directly, each by its
 * own frame id, so they need no round trip to fetch it.
 */
export function createTabRefresher(deps: TabStateDeps & { push: Push }) {
  const refreshOne = async (tabId: number, dataChanged: boolean) => {
    // The layout goes out before anything is resolved: neither its content nor its timing may depend on who matched.
    const states = await frameStates(deps, await deps.tabs.get(tabId));
    const quiet = () => undefined;
    deps.push(tabId, 'frameLayout', sidebarLayout(states.sidebar), 0).catch(quiet);
    deps.push(tabId, 'frameLayout', briefingLayout(states.briefing), 0).catch(quiet);
    if (!dataChanged) return;
    const frames = await deps.frames.of(tabId);
    if (!frames.length) return;
    const data = await tabAccounts(deps, tabId);
    for (const frameId of frames)
      deps.push(tabId, 'tabAccounts', data, frameId).catch(() => deps.frames.drop(tabId, frameId));
  };
  return async (tabId?: number, dataChanged = true): Promise<void> => {
    const ids = tabId === undefined ? await deps.tabs.tabIds() : [tabId];
    await Promise.all(ids.map((id) => refreshOne(id, dataChanged)));
  };
}

/** The keyboard command: flip the sidebar on the tab's site between expanded and collapsed. */
export async function toggleSidebar(
  deps: TabStateDeps,
  tabId: number,
  refresh: (tabId: number, dataChanged: boolean) => Promise<void>,
): Promise<void> {
  const context = await deps.tabs.get(tabId);
  if (!context) return;
  const { sidebar } = await frameStates(deps, context);
  await deps.sidebarChoices.set(context.site, sidebar === 'expanded' ? 'collapsed' : 'expanded');
  await refresh(tabId, true);
}

const choiceItems = {
  sidebar: storage.defineItem<Partial<Record<Site, FrameState>>>('local:sidebarChoices', { fallback: {}, version: 1 }),
  briefing: storage.defineItem<Partial<Record<Site, FrameState>>>('local:briefingChoices', {
    fallback: {},
    version: 1,
  }),
};
export function storedFrameChoices(frame: keyof typeof choiceItems): FrameChoices {
  const item = choiceItems[frame];
  const cached = cachedUntilChanged(() => item.getValue(), [(changed) => item.watch(changed)]);
  return {
    get: async (site) => (await cached())[site],
    set: async (site, state) => {
      await item.setValue({ ...(await item.getValue()), [site]: state });
      // Read back at once (the tabs are refreshed next), before the storage change event has come.
      cached.forget();
    },
  };
}

/** Version 2 keeps each exclusion whole (address or name, and account); version 1 kept `address|accountId` keys. */
const exclusionsItem = storage.defineItem<MatchExclusion[]>('local:matchExclusions', {
  fallback: [],
  version: 2,
  migrations: { 2: exclusionsFromV1 },
});

/** What is stored, read defensively: a v1 key still waiting for its migration is read as v1, anything unreadable is skipped. */
async function readExclusions(): Promise<MatchExclusion[]> {
  const stored: unknown = await exclusionsItem.getValue();
  if (!Array.isArray(stored)) return [];
  return stored.flatMap((entry: unknown) => {
    if (typeof entry === 'string') return exclusionsFromV1([entry]);
    const parsed = v.safeParse(matchExclusionSchema, entry);
    return parsed.success ? [parsed.output] : [];
  });
}

/** The "not this account" list, kept in extension storage (and in backups). */
export interface ExclusionStore {
  list(): Promise<MatchExclusion[]>;
  /** False when it was already there. */
  add(exclusion: MatchExclusion): Promise<boolean>;
  /** False when it was not there. */
  remove(exclusion: MatchExclusion): Promise<boolean>;
  /** A restore: the backup's list, whole. */
  replace(exclusions: MatchExclusion[]): Promise<void>;
}

/** The loaders' caches, dropped after each write of the store below (the change event may come later). */
const exclusionCaches = new Set<() => void>();
async function writeExclusions(exclusions: MatchExclusion[]): Promise<void> {
  await exclusionsItem.setValue(exclusions);
  for (const forget of exclusionCaches) forget();
}

export const storedExclusions = {
  /** A loader that keeps the exclusions' keys in memory until they change. */
  loader: () => {
    const cached = cachedUntilChanged(
      async (): Promise<MatchExclusions> => new Set((await readExclusions()).map((e) => exclusionKey(e, e.accountId))),
      [(changed) => exclusionsItem.watch(changed)],
    );
    exclusionCaches.add(cached.forget);
    return cached;
  },
  store: {
    list: readExclusions,
    add: async (exclusion) => {
      const current = await readExclusions();
      if (current.some((e) => sameExclusion(e, exclusion))) return false;
      await writeExclusions([...current, exclusion]);
      return true;
    },
    remove: async (exclusion) => {
      const current = await readExclusions();
      const kept = current.filter((e) => !sameExclusion(e, exclusion));
      if (kept.length === current.length) return false;
      await writeExclusions(kept);
      return true;
    },
    replace: async (exclusions) => {
      const unique = exclusions.filter((e, i) => exclusions.findIndex((o) => sameExclusion(o, e)) === i);
      await writeExclusions(unique);
    },
  } satisfies ExclusionStore,
  /** Runs the storage item's version migration (WXT runs it by itself at start-up; tests call it). */
  migrate: () => exclusionsItem.migrate(),
};
