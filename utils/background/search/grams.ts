/**
 * A cheap candidate filter in front of fuse.js. fuse.js scores every record on
 * every query, too slow at 20,000 contacts; this index finds the few hundred
 * records that share letter pairs with the query, and fuse.js ranks only those.
 * Bigrams padded at both ends (`^jo`, `n$`) keep short names with a typo
 * ("jhon") reachable, which trigrams would lose.
 */

export function tokenize(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

export function gramsOf(text: string): Set<string> {
  const grams = new Set<string>();
  for (const token of tokenize(text)) {
    const padded = `^${token}$`;
    for (let i = 0; i < padded.length - 1; i++) grams.add(padded.slice(i, i + 2));
  }
  return grams;
}

export class GramIndex<T> {
  private readonly postings = new Map<string, Set<number>>();
  private readonly slots: Array<{ item: T; grams: string[] } | undefined> = [];
  private readonly slotOf = new Map<string, number>();
  /** Scratch space for `candidates`, one counter per slot, always left at zero. */
  private counts = new Uint16Array(0);

  constructor(
    private readonly keyOf: (item: T) => string,
    private readonly textOf: (item: T) => string,
  ) {}

  get size(): number {
    return this.slotOf.size;
  }

  upsert(item: T): void {
    this.remove(this.keyOf(item));
    const slot = this.slots.length;
    const grams = [...gramsOf(this.textOf(item))];
    this.slots.push({ item, grams });
    this.slotOf.set(this.keyOf(item), slot);
    for (const gram of grams) {
      let set = this.postings.get(gram);
      if (!set) this.postings.set(gram, (set = new Set()));
      set.add(slot);
    }
  }

  remove(key: string): void {
    const slot = this.slotOf.get(key);
    if (slot === undefined) return;
    for (const gram of this.slots[slot]!.grams) this.postings.get(gram)?.delete(slot);
    this.slots[slot] = undefined;
    this.slotOf.delete(key);
  }

  /** Items sharing the most grams with `query`, at most `limit`, best first. */
  candidates(query: string, limit: number): T[] {
    const grams = [...gramsOf(query)];
    if (!grams.length) return [];
    // Counting in a typed array and bucketing by count keeps a keystroke linear in the postings touched: no map, no sort.
    if (this.counts.length < this.slots.length) this.counts = new Uint16Array(this.slots.length * 2);
    const counts = this.counts;
    const touched: number[] = [];
    for (const gram of grams) {
      const set = this.postings.get(gram);
      if (!set) continue;
      for (const slot of set) {
        const count = counts[slot]!;
        counts[slot] = count + 1;
        if (count === 0) touched.push(slot);
      }
    }
    const minimum = Math.max(1, Math.floor(grams.length / 3));
    const buckets: number[][] = Array.from({ length: grams.length + 1 }, () => []);
    for (const slot of touched) {
      if (counts[slot]! >= minimum) buckets[Math.min(counts[slot]!, grams.length)]!.push(slot);
      counts[slot] = 0;
    }
    const result: T[] = [];
    for (let c = grams.length; c >= minimum && result.length < limit; c--) {
      for (const slot of buckets[c]!) {
        if (result.length === limit) break;
        result.push(this.slots[slot]!.item);
      }
    }
    return result;
  }
}
