import { isAddress } from '../common';

/** Address and display name from an element carrying Gmail's person attributes. */
export function personFromAttributes(element: Element): { email?: string; name?: string } {
  const email = element.getAttribute('email') ?? element.getAttribute('data-hovercard-id') ?? undefined;
  const name = element.getAttribute('name') ?? element.getAttribute('data-name') ?? element.textContent ?? undefined;
  return isAddress(email) ? { email, name } : {};
}
