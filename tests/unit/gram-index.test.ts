import { describe, expect, it } from 'vitest';
import { GramIndex, type BlockSource, type ItemCodec } from '../../utils/background/search/gram-index';
import { gramCodes, tokenize } from '../../utils/background/search/grams';
import { KeyList } from '../../utils/background/search/keys';
import { rebuildBlocks, visitBlock, type Block } from '../../utils/background/search/postings';
import { fromStored, fromStoredBlock, toStored, toStoredBlock } from '../../utils/background/search/stored';

interface Person {
  id: string;
  name: string;
}
const codec: ItemCodec<Person> = {
  keyOf: (p) => p.id,
  textOf: (p) => p.name,
  encode: (p) => JSON.stringify(p.name),
  decode: (text, id) => ({ id, name: JSON.parse(text) as string }),
};
const people = (...names: string[]) => names.map((name, i) => ({ id: `p${i}`, name }));
const names = async (found: Promise<Person[]>) => (await found).map((p) => p.name);

/**
 * Saved as IndexedDB keeps it (structured clones) and read back as a woken worker does: its keys and items at
 * once, its blocks as queries ask for them. `asked` lists the pairs read.
 */
function savedAndReadBack<T>(index: GramIndex<T>, itemCodec: ItemCodec<T>) {
  const { packed, blocks } = index.pack();
  const stored = structuredClone(toStored(packed));
  const storedBlocks = new Map([...blocks].map(([code, block]) => [code, structuredClone(toStoredBlock(block))]));
  const asked: number[] = [];
  const source: BlockSource = {
    some: async (codes) => {
      asked.push(...codes);
      return new Map(
        codes.flatMap((code) => (storedBlocks.has(code) ? [[code, fromStoredBlock(storedBlocks.get(code)!)]] : [])),
      );
    },
    all: async () => new Map([...storedBlocks].map(([code, block]) => [code, fromStoredBlock(block)])),
  };
  return { index: new GramIndex(itemCodec, fromStored(stored), source), asked };
}

describe('letter pairs', () => {
  it('pads words at both ends and drops accents and case', () => {
    expect(gramCodes('Zoë')).toEqual(gramCodes('zoe'));
    const pair = (a: string, b: string) => (a ? a.charCodeAt(0) : 0) * 0x10000 + (b ? b.charCodeAt(0) : 0);
    expect(gramCodes('Jo')).toEqual([pair('', 'j'), pair('j', 'o'), pair('o', '')]);
    expect(gramCodes('a-b a')).toEqual([pair('', 'a'), pair('a', ''), pair('', 'b'), pair('b', '')]);
  });

  it('reads plain ASCII as the full Unicode path does', () => {
    const unicodeWords = (text: string) =>
      text
        .normalize('NFKD')
        .replace(/\p{M}/gu, '')
        .toLowerCase()
        .split(/[^\p{L}\p{N}]+/u)
        .filter(Boolean);
    for (const text of ['Ana Ruiz ana.ruiz+vip@North-Wind.co.uk VP_Ops 2nd', '  ', '', 'a', 'x--y__z 0.9 ~`!@#$%^&*()'])
      expect(tokenize(text), text).toEqual(unicodeWords(text));
    expect(tokenize('Zoë Ångström-Müller')).toEqual(['zoe', 'angstrom', 'muller']);
  });
});

describe('gram prefilter', () => {
  it('keeps short names with a transposed letter among the candidates', async () => {
    const index = GramIndex.of(codec, people('John Smith', 'Joan Baez', 'Mary Major', 'Peter Parker'));
    expect(await names(index.candidates('jhon', 10))).toContain('John Smith');
    expect(await names(index.candidates('jhon', 10))).not.toContain('Peter Parker');
  });

  it('ranks by letter pairs shared, and stops at the limit', async () => {
    const index = GramIndex.of(codec, people('Northwind', 'Northwest', 'Southwind', 'Contoso'));
    expect(await names(index.candidates('northwind', 10))).toEqual(['Northwind', 'Northwest', 'Southwind']);
    expect(await names(index.candidates('northwind', 1))).toEqual(['Northwind']);
  });

  it('forgets removed items', async () => {
    const index = GramIndex.of(codec, people('Northwind'));
    index.remove('p0');
    expect(await index.candidates('northwind', 10)).toEqual([]);
    expect(index.size).toBe(0);
  });

  it('finds an item replaced since packing by its new words only', async () => {
    const index = GramIndex.of(codec, people('Northwind', 'Contoso'));
    index.upsert({ id: 'p0', name: 'Quokka Holdings' });
    expect(await names(index.candidates('quokka', 10))).toEqual(['Quokka Holdings']);
    expect(await index.candidates('northwind', 10)).toEqual([]);
    expect(index.get('p0')).toEqual({ id: 'p0', name: 'Quokka Holdings' });
    expect(index.size).toBe(2);
  });

  it('reads back what it saved, and only the blocks its queries need: the same candidates in the same order', async () => {
    const index = GramIndex.of(codec, people('Ana Ruiz', 'Anna Rossi', 'Hana Reed', 'Tom Becker', 'Dr. Léna Hoffmann'));
    index.upsert({ id: 'p9', name: 'Ana Rivera' });
    index.remove('p3');
    index.upsert({ id: 'p1', name: 'Anna Rossi-Ruiz' });
    const queries = ['ana r', 'lena', 'hofman', 'becker', 'rossi ruiz'];
    const before = await Promise.all(queries.map((q) => names(index.candidates(q, 10))));
    const { index: readBack, asked } = savedAndReadBack(index, codec);
    expect(await names(readBack.candidates('ana r', 10))).toEqual(before[0]);
    expect(asked.sort()).toEqual(gramCodes('ana r').sort());
    expect(await Promise.all(queries.map((q) => names(readBack.candidates(q, 10))))).toEqual(before);
    expect(await Promise.all(queries.map((q) => names(index.candidates(q, 10))))).toEqual(before);
    expect(readBack.size).toBe(5);

    // Changed again after reading back, and saved again: still the same as the index that never stopped.
    for (const copy of [index, readBack]) {
      copy.remove('p0');
      copy.upsert({ id: 'p0', name: 'Ana Ruiz García' });
    }
    expect(() => readBack.pack()).toThrow(/every block/);
    await readBack.readAllBlocks();
    const again = savedAndReadBack(readBack, codec).index;
    expect(await Promise.all(queries.map((q) => names(again.candidates(q, 10))))).toEqual(
      await Promise.all(queries.map((q) => names(index.candidates(q, 10)))),
    );
  });

  it('keeps each group once, and gives every item its own back after changes and a save', async () => {
    interface Member {
      id: string;
      team: string;
      name: string;
    }
    const teams: ItemCodec<Member> = {
      keyOf: (m) => m.id,
      groupOf: (m) => m.team,
      textOf: (m) => m.name,
      encode: (m) => m.name,
      decode: (name, id, team) => ({ id, team, name }),
    };
    const index = GramIndex.of(teams, [
      { id: 'm1', team: 'red', name: 'Ana Ruiz' },
      { id: 'm2', team: 'blue', name: 'Tom Becker' },
      { id: 'm3', team: 'red', name: 'Priya Nair' },
    ]);
    index.remove('m1');
    index.upsert({ id: 'm4', team: 'green', name: 'Ana Rivera' });
    index.upsert({ id: 'm3', team: 'blue', name: 'Priya Nair' });
    const { index: readBack } = savedAndReadBack(index, teams);
    await readBack.readAllBlocks();
    expect(readBack.pack().packed.groupKeys).toEqual(['blue', 'green']);
    expect(['m1', 'm2', 'm3', 'm4'].map((id) => readBack.get(id)?.team)).toEqual([undefined, 'blue', 'blue', 'green']);
    expect((await readBack.candidates('ana rivera', 10))[0]).toEqual({ id: 'm4', team: 'green', name: 'Ana Rivera' });
  });

  it('an empty index saves and reads back', async () => {
    const { index: readBack } = savedAndReadBack(GramIndex.of(codec, []), codec);
    expect(readBack.size).toBe(0);
    expect(await readBack.candidates('anything', 10)).toEqual([]);
    readBack.upsert({ id: 'x', name: 'First Person' });
    expect(await names(readBack.candidates('first', 10))).toEqual(['First Person']);
  });
});

describe('blocks', () => {
  it('a pair most slots have (a bitset) and a rare one (a list) give back exactly their slots', () => {
    const slotCount = 1000;
    const codesOf = (slot: number) => [
      1,
      ...(slot % 3 ? [] : [2]),
      ...(slot % 97 ? [] : [3]),
      ...(slot === 999 ? [4] : []),
    ];
    const blocks = rebuildBlocks(
      new Map(),
      new Int32Array(0),
      Array.from({ length: slotCount }, (_, slot) => ({ slot, codes: codesOf(slot) })),
      slotCount,
    );
    expect([1, 2, 3, 4].map((code) => blocks.get(code)!.bitset)).toEqual([true, true, false, false]);
    expect(blocks.has(5)).toBe(false);
    for (const code of [1, 2, 3, 4]) {
      const visited: number[] = [];
      visitBlock(blocks.get(code) as Block, (slot) => visited.push(slot));
      expect(visited, `code ${code}`).toEqual(
        Array.from({ length: slotCount }, (_, slot) => slot).filter((slot) => codesOf(slot).includes(code)),
      );
    }
  });
});

describe('keys', () => {
  it('keeps UUIDs as bytes and gives them back as they were; anything else stays as strings', () => {
    const uuids = ['0cc18223-9c63-4b8b-a83d-7274fb62e506', 'ffffffff-0000-4000-8000-00000000000a'];
    const packed = KeyList.of(uuids);
    expect('uuids' in packed.stored).toBe(true);
    expect([0, 1].map((i) => KeyList.from(structuredClone(packed.stored)).at(i))).toEqual(uuids);
    const mixed = KeyList.of([...uuids, 'acc-old', '0CC18223-9C63-4B8B-A83D-7274FB62E506']);
    expect(mixed.stored).toEqual({ strings: [...uuids, 'acc-old', '0CC18223-9C63-4B8B-A83D-7274FB62E506'] });
    expect(mixed.at(2)).toBe('acc-old');
  });
});
