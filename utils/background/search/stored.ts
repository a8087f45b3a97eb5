import type { PackedGramIndex } from './gram-index';
import { KeyList, type StoredKeys } from './keys';
import type { Block } from './postings';

/**
 * A packed gram index as IndexedDB keeps it: its 32-bit arrays as bytes. Chromium reads a Uint32Array back
 * from IndexedDB about half as fast as a Uint8Array of the same size (measured in the worker), and reading
 * the index back is most of what a woken worker's first search waits for.
 */
export interface StoredGramIndex {
  keys: StoredKeys;
  items: string[];
  groupKeys: string[];
  groups: Uint8Array;
}

/** One letter pair's block, saved as its own record. */
export interface StoredBlock {
  data: Uint8Array;
  bitset: boolean;
}

export function toStored({ keys, items, groupKeys, groups }: PackedGramIndex): StoredGramIndex {
  return { keys: keys.stored, items, groupKeys, groups: bytes(groups) };
}

export function fromStored({ keys, items, groupKeys, groups }: StoredGramIndex): PackedGramIndex {
  return { keys: KeyList.from(keys), items, groupKeys, groups: words(groups) };
}

export const toStoredBlock = ({ data, bitset }: Block): StoredBlock => ({ data: bytes(data), bitset });
export const fromStoredBlock = ({ data, bitset }: StoredBlock): Block => ({ data: words(data), bitset });

/** The same memory seen as bytes: no copy. */
function bytes(array: Uint32Array): Uint8Array {
  return new Uint8Array(array.buffer, array.byteOffset, array.byteLength);
}

function words(bytes: Uint8Array): Uint32Array {
  // A view needs 4-byte alignment; a read-back array starts its own buffer, so the copy is for safety only.
  const aligned = bytes.byteOffset % 4 === 0 ? bytes : bytes.slice();
  return new Uint32Array(aligned.buffer, aligned.byteOffset, aligned.byteLength / 4);
}
