import { addressesInText, isAddress } from '../common';
import { findFirst } from '../selectors';
import { decodeBase64 } from './event-id';
import { CALENDAR_OWNER, SIGNED_IN_ACCOUNT } from './selectors';

/** The signed-in address: the account button's label, else the owner of the calendar picker on the edit page. */
export function readSignedInAddress(doc: Document): string | undefined {
  const banner = findFirst(doc, SIGNED_IN_ACCOUNT);
  const fromBanner = banner && addressesInText(banner.element.getAttribute('aria-label') ?? '')[0];
  if (fromBanner) return fromBanner;
  const owner = findFirst(doc, CALENDAR_OWNER);
  const decoded = owner && decodeBase64(owner.element.getAttribute('data-calendar-id') ?? '');
  return isAddress(decoded) ? decoded : undefined;
}
