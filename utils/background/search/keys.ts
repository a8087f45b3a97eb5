/**
 * The record ids of a gram index's slots. Ids are UUIDs but for records from elsewhere: as 16 bytes each
 * they are less than half the size of the strings, and their size is what a woken worker waits for when
 * it reads the index back. One id that is not a UUID keeps the whole list as strings.
 */
export type StoredKeys = { uuids: Uint8Array } | { strings: string[] };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const HEX = Array.from({ length: 256 }, (_, byte) => byte.toString(16).padStart(2, '0'));

export class KeyList {
  private constructor(
    readonly stored: StoredKeys,
    readonly length: number,
  ) {}

  static of(keys: readonly string[]): KeyList {
    if (!keys.every((key) => UUID.test(key))) return new KeyList({ strings: [...keys] }, keys.length);
    const uuids = new Uint8Array(keys.length * 16);
    keys.forEach((key, i) => {
      const hex = key.replaceAll('-', '');
      for (let b = 0; b < 16; b++) uuids[i * 16 + b] = parseInt(hex.slice(b * 2, b * 2 + 2), 16);
    });
    return new KeyList({ uuids }, keys.length);
  }

  static from(stored: StoredKeys): KeyList {
    return new KeyList(stored, 'strings' in stored ? stored.strings.length : stored.uuids.length / 16);
  }

  /** The key of slot `index`, made into a string only when asked for (a query needs a few hundred). */
  at(index: number): string {
    if ('strings' in this.stored) return this.stored.strings[index]!;
    const bytes = this.stored.uuids;
    let text = '';
    for (let b = index * 16; b < index * 16 + 16; b++) {
      const offset = b - index * 16;
      if (offset === 4 || offset === 6 || offset === 8 || offset === 10) text += '-';
      text += HEX[bytes[b]!];
    }
    return text;
  }
}
