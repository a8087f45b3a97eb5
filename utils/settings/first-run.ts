import { storage } from 'wxt/utils/storage';

/**
 * The newest version whose "what's new" note the user has read (null: none yet). A fresh install starts at
 * its own version (everything is new to a new user, so nothing is marked); an update from a version that
 * had no such item starts at the version updated from.
 */
export const whatsNewReadItem = storage.defineItem<string | null>('local:whatsNewReadUpTo', {
  fallback: null,
  version: 1,
});

/**
 * Whether the welcome page was opened in this profile. Uninstalling deletes it with everything else, so a
 * reinstall welcomes again; a browser that reports "install" again for an extension it already holds
 * (Chromium does, on each start, for one loaded from the command line) does not.
 */
export const welcomeOpenedItem = storage.defineItem<boolean>('local:welcomeOpened', { fallback: false, version: 1 });
