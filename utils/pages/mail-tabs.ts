import { browser } from 'wxt/browser';
import type { BackgroundClient } from '../protocol/api';
import { learnedSelfItem } from '../settings/settings';
import { CONTENT_MATCHES } from '../shared/hosts';
import { companyDomainOf } from '../shared/match/company-domain';
import { domainDataReady } from '../shared/match/domains';

/** An address a mail or calendar page showed as signed in, with the company domain it suggests (none for free mail). */
export interface SignedIn {
  email: string;
  companyDomain: string | null;
}

/** An open mail or calendar tab, and what its content script reported (nothing yet: `read` is false). */
export interface MailTab {
  tabId: number;
  host: string;
  read: boolean;
  signedIn: SignedIn | null;
}

/**
 * The open mail and calendar tabs, each with the signed-in address its page showed, as the background keeps
 * it (`getTabSignedIn`). A tab opened before the extension was installed has no content script in Chrome
 * until it is reloaded: it is listed, unread.
 */
export async function openMailTabs(background: BackgroundClient<'options'>): Promise<MailTab[]> {
  const tabs = await browser.tabs.query({ url: CONTENT_MATCHES }).catch(() => []);
  const found = await Promise.all(
    tabs.map(async (tab): Promise<MailTab | null> => {
      if (tab.id === undefined || !tab.url) return null;
      const seen = await background.getTabSignedIn({ tabId: tab.id }).catch(() => ({ read: false, selfEmail: null }));
      return {
        tabId: tab.id,
        host: new URL(tab.url).hostname,
        read: seen.read,
        signedIn: seen.selfEmail ? await signedIn(seen.selfEmail) : null,
      };
    }),
  );
  return found.filter((tab) => tab !== null);
}

/**
 * Calls back with each address the background learns as signed in while the page is open: a mail tab
 * opened or reloaded meanwhile. (The background learns it as the page reports, a moment before it keeps
 * the tab's context, so the address itself is what is passed on.)
 */
export function watchSignedIn(callback: (who: SignedIn) => void): () => void {
  return learnedSelfItem.watch((next, before) => {
    for (const email of next ?? []) if (!(before ?? []).includes(email)) void signedIn(email).then(callback);
  });
}

/** The domain lists (files of the extension) are read only once an address is found. */
async function signedIn(email: string): Promise<SignedIn> {
  await domainDataReady();
  return { email, companyDomain: companyDomainOf(email) };
}
