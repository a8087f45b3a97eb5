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

/** Titles and suffixes that say nothing about who someone is ("Dr.", "Prof.", "Jr."), without their dots. */
const NAME_TITLES = new Set([
  'dr',
  'prof',
  'mr',
  'mrs',
  'ms',
  'mx',
  'miss',
  'sir',
  'dame',
  'herr',
  'frau',
  'dipl-ing',
  'phd',
  'md',
  'mba',
  'jr',
  'sr',
  'esq',
  'ii',
  'iii',
  'iv',
]);
/** Letters that carry no combining mark to strip, spelt as their plain equivalents. */
const LETTERS: Record<string, string> = { ß: 'ss', ø: 'o', æ: 'ae', œ: 'oe', ł: 'l', đ: 'd', ð: 'd', þ: 'th', ı: 'i' };

/**
 * A person's name as contacts are matched by it: case and accents do not matter ("Léna" is "lena"), titles
 * ("Dr.", "Prof.", "Jr.") and middle initials ("Lena M. Fischer") are left out, a directory's "Last, First" is
 * read as "First Last", and anything in brackets ("(External)") is ignored. `Dr. Fischer, Léna M.` → `lena fischer`;
 * empty when nothing of a name is left.
 */
export function personNameKey(raw: string): string {
  const text = raw
    .toLowerCase()
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/[ßøæœłđðþı]/g, (c) => LETTERS[c]!)
    .replace(/\([^()]*\)|\[[^[\]]*\]/g, ' ')
    .replace(/['’‘`´"“”]/g, '');
  const words = (part: string) =>
    part
      .split(/\s+/)
      .map((w) => w.replace(/\./g, '').replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
      .filter((w) => w && !NAME_TITLES.has(w));
  // "Fischer, Lena" is "Lena Fischer"; "Lena Fischer, PhD" stays as it is once the title is gone.
  const [last = '', ...rest] = text.split(',');
  const first = words(rest.join(' '));
  const ordered = first.length ? [...first, ...words(last)] : words(last);
  // Middle initials: a single letter between the first and the last name.
  return ordered.filter((w, i) => i === 0 || i === ordered.length - 1 || w.length > 1).join(' ');
}
