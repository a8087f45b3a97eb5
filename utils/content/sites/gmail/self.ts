import { addressesInText, isAddress } from '../common';
import { findFirst } from '../selectors';
import { SIGNED_IN_ACCOUNT } from './selectors';

/**
 * The signed-in address: the account button's label, then the title
 * ("Inbox (3) - me@x.com - Gmail"), then a participant Gmail names "me"
 * (an English-only hint, last resort).
 */
export function readSignedInAddress(doc: Document): string | undefined {
  const banner = findFirst(doc, SIGNED_IN_ACCOUNT);
  const fromBanner = banner && addressesInText(banner.element.getAttribute('aria-label') ?? '')[0];
  if (fromBanner) return fromBanner;
  const fromTitle = / - ([^\s]+@[^\s]+) - Gmail$/.exec(doc.title)?.[1];
  if (isAddress(fromTitle)) return fromTitle;
  const me = doc.querySelector('[email][name="me" i]')?.getAttribute('email');
  return isAddress(me) ? me : undefined;
}
