import { gramCodes } from './grams';
import { KeyList } from './keys';
import { rebuildBlocks, visitBlock, type AddedSlot, type Block } from './postings';

/**
 * A cheap candidate filter in front of fuse.js. fuse.js scores every record on every query, too slow at
 * 20,000 contacts; this index finds the few hundred records that share the most letter pairs with the query,
 * and fuse.js ranks only those.
 *
 * Most of it is packed: the slots' keys and items (`PackedGramIndex`), and one block of slots per letter pair.
 * That is what is saved. A woken worker reads the keys and items back, and the blocks of only the pairs its
 * queries have, as they come. Records changed since the last packing sit beside the packed part (added
 * slots, and removed flags) until the next packing.
 */

/** How an item is written into the packed index and read back. */
export interface ItemCodec<T> {
  keyOf(item: T): string;
  /** A key many items share (a contact's account), kept once per distinct value rather than in each item. */
  groupOf?(item: T): string;
  /** The words whose letter pairs the item is found by. */
  textOf(item: T): string;
  /** The item without its key and group. */
  encode(item: T): string;
  decode(text: string, key: string, group: string): T;
}

/** Every slot of a packed index, all live, in slot order; the blocks are kept apart. */
export interface PackedGramIndex {
  keys: KeyList;
  items: string[];
  /** Distinct groups, and each slot's place among them (empty when the codec has no groups). */
  groupKeys: string[];
  groups: Uint32Array;
}

/** Where the blocks of a saved index are read from. */
export interface BlockSource {
  /** Blocks read with the index (null: no slot has the pair). */
  first?: ReadonlyMap<number, Block | null>;
  /** The blocks of these pairs; a pair no slot has is left out. */
  some(codes: number[]): Promise<Map<number, Block>>;
  all(): Promise<Map<number, Block>>;
}

const EMPTY_PACKED: PackedGramIndex = { keys: KeyList.of([]), items: [], groupKeys: [], groups: new Uint32Array(0) };

interface AddedItem<T> {
  key: string;
  item: T;
  codes: number[];
}

export class GramIndex<T> {
  private packedCount: number;
  /** The packed slots' blocks read so far (null: no slot has the pair), or all of them once `complete`. */
  private blocks = new Map<number, Block | null>();
  private complete: boolean;
  /** Raised by each packing: blocks read before it belong to the old slot numbers. */
  private packings = 0;
  /** Packed items already decoded, by slot. */
  private decoded: Array<T | undefined> = [];
  /** Slots from `packedCount` on: items added since the last packing. */
  private added: Array<AddedItem<T>> = [];
  /** 1 for a slot whose item was removed or replaced since the last packing. */
  private removed: Uint8Array;
  private removedCount = 0;
  /** Built on the first change: a query never needs it. */
  private slotByKey?: Map<string, number>;
  /** Scratch space for `candidates`, one counter per slot, always left at zero. */
  private counts = new Uint16Array(0);

  /** A saved index: its keys and items, and where to read its blocks from. */
  constructor(
    private readonly codec: ItemCodec<T>,
    private packed: PackedGramIndex = EMPTY_PACKED,
    private readonly source?: BlockSource,
  ) {
    this.packedCount = packed.items.length;
    this.removed = new Uint8Array(this.packedCount);
    this.complete = !source || !this.packedCount;
    for (const [code, block] of source?.first ?? []) this.blocks.set(code, block);
  }

  /** An index of `items`, packed, all in memory. */
  static of<T>(codec: ItemCodec<T>, items: Iterable<T>): GramIndex<T> {
    const index = new GramIndex(codec);
    for (const item of items) index.added.push(index.entryOf(item));
    index.pack();
    return index;
  }

  get size(): number {
    return this.packedCount + this.added.length - this.removedCount;
  }

  /** How many slots changed since the last packing. */
  get unpacked(): number {
    return this.added.length + this.removedCount;
  }

  get(key: string): T | undefined {
    const slot = this.slots().get(key);
    return slot === undefined ? undefined : this.itemAt(slot);
  }

  upsert(item: T): void {
    const entry = this.entryOf(item);
    this.remove(entry.key);
    const slot = this.packedCount + this.added.length;
    this.added.push(entry);
    this.slots().set(entry.key, slot);
    if (this.removed.length <= slot) this.removed = grown(this.removed, slot + 1);
  }

  remove(key: string): void {
    const slots = this.slots();
    const slot = slots.get(key);
    if (slot === undefined) return;
    this.removed[slot] = 1;
    this.removedCount++;
    slots.delete(key);
  }

  /** Items sharing the most letter pairs with `query`, at most `limit`, best first (ties in slot order). */
  async candidates(query: string, limit: number): Promise<T[]> {
    const codes = gramCodes(query);
    if (!codes.length) return [];
    await this.readBlocks(codes);
    const total = this.packedCount + this.added.length;
    if (this.counts.length < total) this.counts = new Uint16Array(total * 2);
    // Counting in a typed array and bucketing by count keeps a keystroke linear in the slots touched: no map, no sort.
    const { counts, removed } = this;
    const touched: number[] = [];
    const count = (slot: number) => {
      if (removed[slot]) return;
      const before = counts[slot]!;
      counts[slot] = before + 1;
      if (before === 0) touched.push(slot);
    };
    for (const code of codes) {
      const block = this.blocks.get(code);
      if (block) visitBlock(block, count);
    }
    this.added.forEach((entry, i) => {
      const slot = this.packedCount + i;
      if (removed[slot]) return;
      const shared = codes.filter((code) => entry.codes.includes(code)).length;
      if (!shared) return;
      counts[slot] = shared;
      touched.push(slot);
    });
    const minimum = Math.max(1, Math.floor(codes.length / 3));
    const buckets: number[][] = Array.from({ length: codes.length + 1 }, () => []);
    for (const slot of touched) {
      if (counts[slot]! >= minimum) buckets[counts[slot]!]!.push(slot);
      counts[slot] = 0;
    }
    const result: T[] = [];
    for (let c = codes.length; c >= minimum && result.length < limit; c--) {
      for (const slot of buckets[c]!) {
        if (result.length === limit) break;
        result.push(this.itemAt(slot));
      }
    }
    return result;
  }

  /** Reads every block not read yet: packing needs them all. */
  async readAllBlocks(): Promise<void> {
    if (this.complete) return;
    const packings = this.packings;
    const all = await this.source!.all();
    if (packings !== this.packings) return;
    for (const [code, block] of all) this.blocks.set(code, block);
    this.complete = true;
  }

  /**
   * Folds the changes since the last packing in (slots keep their order, added ones after the rest) and
   * returns the packed index and its blocks, ready to save. Every block must have been read.
   */
  pack(): { packed: PackedGramIndex; blocks: ReadonlyMap<number, Block> } {
    if (!this.complete) throw new Error('Read every block before packing.');
    const { packed, packedCount, removed, codec } = this;
    if (!this.unpacked) return { packed, blocks: this.liveBlocks() };
    const total = packedCount + this.added.length;
    const renumber = new Int32Array(total).fill(-1);
    const keys: string[] = [];
    const items: string[] = [];
    const groups = new Groups(packed.groupKeys);
    const groupOfSlot: number[] = [];
    const decoded: Array<T | undefined> = [];
    for (let slot = 0; slot < packedCount; slot++) {
      if (removed[slot]) continue;
      renumber[slot] = keys.length;
      decoded[keys.length] = this.decoded[slot];
      keys.push(packed.keys.at(slot));
      items.push(packed.items[slot]!);
      if (codec.groupOf) groupOfSlot.push(groups.renumbered(packed.groups[slot]!));
    }
    const moved: AddedSlot[] = [];
    this.added.forEach((entry, i) => {
      if (removed[packedCount + i]) return;
      renumber[packedCount + i] = keys.length;
      moved.push({ slot: keys.length, codes: entry.codes });
      decoded[keys.length] = entry.item;
      keys.push(entry.key);
      items.push(codec.encode(entry.item));
      if (codec.groupOf) groupOfSlot.push(groups.of(codec.groupOf(entry.item)));
    });
    const blocks = rebuildBlocks(this.liveBlocks(), renumber, moved, keys.length);
    this.packed = { keys: KeyList.of(keys), items, groupKeys: groups.keys, groups: Uint32Array.from(groupOfSlot) };
    this.blocks = blocks;
    this.packings++;
    this.packedCount = keys.length;
    this.decoded = decoded;
    this.added = [];
    this.removed = new Uint8Array(keys.length);
    this.removedCount = 0;
    this.slotByKey = undefined;
    return { packed: this.packed, blocks };
  }

  private async readBlocks(codes: number[]): Promise<void> {
    if (this.complete) return;
    const missing = codes.filter((code) => !this.blocks.has(code));
    if (!missing.length) return;
    const packings = this.packings;
    const found = await this.source!.some(missing);
    // Packed meanwhile: the blocks are all in memory, under the new slot numbers.
    if (packings !== this.packings) return;
    for (const code of missing) if (!this.blocks.has(code)) this.blocks.set(code, found.get(code) ?? null);
  }

  private liveBlocks(): Map<number, Block> {
    const live = new Map<number, Block>();
    for (const [code, block] of this.blocks) if (block) live.set(code, block);
    return live;
  }

  private entryOf(item: T): AddedItem<T> {
    return { key: this.codec.keyOf(item), item, codes: gramCodes(this.codec.textOf(item)) };
  }

  private slots(): Map<string, number> {
    if (!this.slotByKey) {
      const slots = new Map<string, number>();
      for (let slot = 0; slot < this.packedCount; slot++)
        if (!this.removed[slot]) slots.set(this.packed.keys.at(slot), slot);
      this.added.forEach(({ key }, i) => !this.removed[this.packedCount + i] && slots.set(key, this.packedCount + i));
      this.slotByKey = slots;
    }
    return this.slotByKey;
  }

  private itemAt(slot: number): T {
    if (slot >= this.packedCount) return this.added[slot - this.packedCount]!.item;
    const { keys, items, groups, groupKeys } = this.packed;
    return (this.decoded[slot] ??= this.codec.decode(
      items[slot]!,
      keys.at(slot),
      groups.length ? groupKeys[groups[slot]!]! : '',
    ));
  }
}

/** The groups a packing keeps: those its live slots still have, in the order first met. */
class Groups {
  readonly keys: string[] = [];
  private readonly byKey = new Map<string, number>();
  private readonly fromOld: Int32Array;

  constructor(private readonly old: string[]) {
    this.fromOld = new Int32Array(old.length).fill(-1);
  }

  of(key: string): number {
    let index = this.byKey.get(key);
    if (index === undefined) this.byKey.set(key, (index = this.keys.push(key) - 1));
    return index;
  }

  renumbered(oldIndex: number): number {
    if (this.fromOld[oldIndex]! < 0) this.fromOld[oldIndex] = this.of(this.old[oldIndex]!);
    return this.fromOld[oldIndex]!;
  }
}

function grown(flags: Uint8Array, length: number): Uint8Array {
  const bigger = new Uint8Array(Math.max(length, flags.length * 2));
  bigger.set(flags);
  return bigger;
}
