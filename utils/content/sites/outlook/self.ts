import { addressesInText, textOf } from '../common';
import { findFirst } from '../selectors';
import { SELF_ADDRESS, SELF_NAME } from './selectors';

export interface OutlookSelf {
  email?: string;
  /** Outlook shows the owner as a name (and "You") with no address, so the name is needed too. */
  name?: string;
}

export function readSelf(doc: Document): OutlookSelf {
  const account = findFirst(doc, SELF_ADDRESS);
  const email = account
    ? addressesInText(
        `${account.element.getAttribute('title') ?? ''} ${account.element.getAttribute('aria-label') ?? ''}`,
      )[0]
    : undefined;
  const name = textOf(findFirst(doc, SELF_NAME)?.element) || undefined;
  return { email, name };
}
