/**
 * Letter pairs, the unit of the search prefilter. Pairs padded at both ends of each word (`^jo`, `n$`)
 * keep short names with a typo ("jhon") reachable, which trigrams would lose. Accents and case are
 * dropped first, so "Müller" and "muller" share every pair.
 */

export function tokenize(text: string): string[] {
  // Most names and addresses are plain ASCII, which has no accents to drop: the same words, a few times faster.
  if (ASCII.test(text))
    return text
      .toLowerCase()
      .split(/[^a-z0-9]+/)
      .filter(Boolean);
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

const ASCII = /^[\x00-\x7f]*$/;

/** A word's edge in a pair code: no letter or digit is code unit 0, so it cannot clash with one. */
const EDGE = 0;

/**
 * The distinct letter pairs of `text`'s words, each as one number (first UTF-16 unit × 65536 + second),
 * in the order they first occur. Numbers, unlike two-letter strings, pack into typed arrays.
 */
export function gramCodes(text: string): number[] {
  const codes = new Set<number>();
  for (const word of tokenize(text)) {
    let previous = EDGE;
    for (let i = 0; i < word.length; i++) {
      const unit = word.charCodeAt(i);
      codes.add(previous * 0x10000 + unit);
      previous = unit;
    }
    codes.add(previous * 0x10000 + EDGE);
  }
  return [...codes];
}
