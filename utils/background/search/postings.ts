/**
 * Which slots of a gram index have a letter pair: one block per pair. A pair most records have (`an`, `e$`)
 * is a bitset, one bit per slot; a rarer one a list of slots, whichever is smaller. At 20,000 contacts that
 * makes them a quarter of the size of lists alone. Each block is saved as its own record, so a woken worker
 * reads only the blocks of the pairs its query has.
 */
export interface Block {
  /** Slots in ascending order, or (a bitset) bit `slot % 32` of word `slot / 32`. */
  data: Uint32Array;
  bitset: boolean;
}

/** Calls `visit` with every slot of the block, in ascending order. */
export function visitBlock({ data, bitset }: Block, visit: (slot: number) => void): void {
  if (!bitset) {
    for (let i = 0; i < data.length; i++) visit(data[i]!);
    return;
  }
  for (let i = 0; i < data.length; i++) {
    const base = i * 32;
    for (let word = data[i]!; word !== 0; word &= word - 1) visit(base + 31 - Math.clz32(word & -word));
  }
}

/** A slot added since the blocks were built, under its new number, with its letter pairs. */
export interface AddedSlot {
  slot: number;
  codes: readonly number[];
}

/**
 * New blocks from old ones: each old slot renumbered (`renumber[old]`, or -1 when it is gone) and the added
 * slots merged in, `slotCount` slots in all. Renumbering must keep the old slots' order and put every added
 * slot after them, so each pair's slots come out ascending without a sort. Building from nothing is the same
 * with no old blocks.
 */
export function rebuildBlocks(
  old: ReadonlyMap<number, Block>,
  renumber: Int32Array,
  added: readonly AddedSlot[],
  slotCount: number,
): Map<number, Block> {
  const addedOf = groupByCode(added);
  const codes = new Set<number>(old.keys());
  for (const code of addedOf.codes()) codes.add(code);
  const words = Math.ceil(slotCount / 32);
  const scratch = new Uint32Array(slotCount);
  const blocks = new Map<number, Block>();
  for (const code of codes) {
    let count = 0;
    const before = old.get(code);
    if (before)
      visitBlock(before, (slot) => {
        const renumbered = renumber[slot]!;
        if (renumbered >= 0) scratch[count++] = renumbered;
      });
    for (const slot of addedOf.slots(code)) scratch[count++] = slot;
    // A pair no live slot has any more is left out.
    if (count) blocks.set(code, blockOf(scratch.subarray(0, count), words));
  }
  return blocks;
}

/** A list, or a bitset when that is smaller. */
function blockOf(slots: Uint32Array, words: number): Block {
  if (slots.length <= words) return { data: slots.slice(), bitset: false };
  const data = new Uint32Array(words);
  for (const slot of slots) data[slot >>> 5] = data[slot >>> 5]! | (1 << (slot & 31));
  return { data, bitset: true };
}

/**
 * The added slots of each pair, in slot order. Counted, then placed in one typed array: a full build adds
 * every slot, and an array per pair grown push by push took most of its time.
 */
function groupByCode(added: readonly AddedSlot[]) {
  const indexOf = new Map<number, number>();
  const counts: number[] = [];
  let total = 0;
  for (const { codes } of added) {
    for (const code of codes) {
      const i = indexOf.get(code);
      if (i === undefined) indexOf.set(code, counts.push(1) - 1);
      else counts[i]!++;
    }
    total += codes.length;
  }
  const starts = new Uint32Array(counts.length + 1);
  counts.forEach((count, i) => (starts[i + 1] = starts[i]! + count));
  const next = starts.slice(0, counts.length);
  const slots = new Uint32Array(total);
  for (const { slot, codes } of added) for (const code of codes) slots[next[indexOf.get(code)!]!++] = slot;
  return {
    codes: () => indexOf.keys(),
    slots(code: number): Uint32Array {
      const i = indexOf.get(code);
      return i === undefined ? slots.subarray(0, 0) : slots.subarray(starts[i], starts[i + 1]);
    },
  };
}
