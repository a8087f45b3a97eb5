/**
 * Addresses in the form the database is keyed by: lowercase, Unicode NFC,
 * the domain in ASCII (IDN as punycode). Display names, angle brackets,
 * quotes and `mailto:` are stripped.
 */

const ASCII_DOMAIN = /^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z0-9-]{2,63}$/;
const LOCAL_PART = /^[^\s@<>()[\]\\,;:"]{1,64}$/;

/** `Bücher.Example.` → `xn--bcher-kva.example`; null when it is not a domain name. */
export function normalizeDomain(raw: string): string | null {
  const text = raw.trim().normalize('NFC').toLowerCase().replace(/\.$/, '');
  if (!text || /[\s/@:?#\\]/.test(text)) return null;
  let ascii: string;
  try {
    ascii = new URL(`http://${text}/`).hostname;
  } catch {
    return null;
  }
  return ASCII_DOMAIN.test(ascii) && !/^\d+(\.\d+)*$/.test(ascii) ? ascii : null;
}

/** `"Ana Ruiz" <Ana.Ruiz@Northwind.COM>` → `ana.ruiz@northwind.com`; null when no address is there. */
export function normalizeEmail(raw: string): string | null {
  let text = raw.trim().normalize('NFC');
  const bracketed = /<([^<>]*)>\s*$/.exec(text);
  if (bracketed) text = bracketed[1]!.trim();
  text = text.replace(/^mailto:/i, '').replace(/^["']+|["']+$/g, '');
  const at = text.lastIndexOf('@');
  if (at <= 0 || text.length > 254) return null;
  const local = text.slice(0, at).toLowerCase();
  const domain = normalizeDomain(text.slice(at + 1));
  if (!domain || !LOCAL_PART.test(local) || local.startsWith('.') || local.endsWith('.')) return null;
  return `${local}@${domain}`;
}

/** `ana+deals@x.com` → `ana@x.com`; the same address when it has no tag. */
export function stripPlusTag(email: string): string {
  return email.replace(/\+[^@]*@/, '@');
}

export function domainOf(email: string): string {
  return email.slice(email.lastIndexOf('@') + 1);
}

/** Names compared loosely: case, accents' composition and runs of spaces do not matter. */
export function normalizeName(raw: string): string {
  return raw.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase();
}
