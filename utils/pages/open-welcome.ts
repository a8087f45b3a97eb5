import { browser } from 'wxt/browser';
import { WELCOME_PATH } from '../shared/extension-pages';

/** Opens the welcome page in a new tab: the way to start, from an empty sidebar or popup. */
export async function openWelcome(): Promise<void> {
  await browser.tabs.create({ url: browser.runtime.getURL(WELCOME_PATH) });
}
