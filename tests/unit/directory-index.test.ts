import { describe, expect, it } from 'vitest';
import { TabMemo } from '../../utils/background/tab-state';
import type { DirectoryIndex } from '../../utils/background/db/lookup';

const index = (name: string): DirectoryIndex => ({
  contacts: [],
  byId: new Map([[name, { name } as never]]),
  byDomain: new Map(),
  contactsByEmail: new Map(),
  contactsByName: new Map(),
});

describe('the directory of accounts and contacts kept by the background', () => {
  it('is there once loaded, and gone as soon as the data changes', async () => {
    const memo = new TabMemo();
    expect(memo.loadedDirectory()).toBeUndefined();
    const first = index('first');
    memo.prepareDirectory(async () => first);
    await Promise.resolve();
    await Promise.resolve();
    expect(memo.loadedDirectory()).toBe(first);
    memo.invalidate();
    expect(memo.loadedDirectory()).toBeUndefined();
  });

  it('stays when only touchpoints, tasks, issues or opportunities change, and goes when accounts or contacts do', async () => {
    const memo = new TabMemo();
    const first = index('first');
    memo.prepareDirectory(async () => first);
    await new Promise((resolve) => setTimeout(resolve));
    memo.invalidate(['touchpoints', 'tasks']);
    expect(memo.loadedDirectory()).toBe(first);
    memo.invalidate(['tasks', 'contacts']);
    expect(memo.loadedDirectory()).toBeUndefined();
  });

  it('never uses a load that finished after the data changed', async () => {
    const memo = new TabMemo();
    let finish!: (i: DirectoryIndex) => void;
    memo.prepareDirectory(() => new Promise((resolve) => (finish = resolve)));
    memo.invalidate();
    finish(index('stale'));
    await new Promise((resolve) => setTimeout(resolve));
    expect(memo.loadedDirectory()).toBeUndefined();
  });

  it('loads once per data version, and again after a failed load', async () => {
    const memo = new TabMemo();
    let loads = 0;
    memo.prepareDirectory(async () => (loads++, Promise.reject(new Error('closed'))));
    await new Promise((resolve) => setTimeout(resolve));
    memo.prepareDirectory(async () => (loads++, index('second')));
    memo.prepareDirectory(async () => (loads++, index('third')));
    await new Promise((resolve) => setTimeout(resolve));
    expect(loads).toBe(2);
    expect(memo.loadedDirectory()!.byId.has('second')).toBe(true);
  });

  it('hands every caller the one load under way, and a new one once the data changed', async () => {
    const memo = new TabMemo();
    let loads = 0;
    const load = async () => (loads++, index(`load ${loads}`));
    const [a, b] = [memo.prepareDirectory(load), memo.prepareDirectory(load)];
    expect(await a).toBe(await b);
    expect(loads).toBe(1);
    memo.invalidate(['contacts']);
    expect((await memo.prepareDirectory(load)).byId.has('load 2')).toBe(true);
  });
});

describe("the accounts' records kept by the background for the frames", () => {
  const bundle = (name: string) => ({ account: { name } }) as never;

  it('are read once, until a record changes; an exclusion changes none of them', async () => {
    const memo = new TabMemo();
    let reads = 0;
    const load = async () => (reads++, bundle('Northwind'));
    await memo.bundle('a1', load);
    await memo.bundle('a1', load);
    expect(reads).toBe(1);
    memo.invalidate([]);
    await memo.bundle('a1', load);
    expect(reads).toBe(1);
    memo.invalidate(['touchpoints']);
    await memo.bundle('a1', load);
    expect(reads).toBe(2);
    memo.invalidate();
    await memo.bundle('a1', load);
    expect(reads).toBe(3);
  });

  it('never keep a read that began before the change', async () => {
    const memo = new TabMemo();
    let finish!: (value: never) => void;
    const stale = memo.bundle('a1', () => new Promise((resolve) => (finish = resolve)));
    memo.invalidate(['accounts']);
    finish(bundle('before the change'));
    await stale;
    const fresh = await memo.bundle('a1', async () => bundle('after the change'));
    expect(fresh).toEqual(bundle('after the change'));
  });

  it('forget a read that failed, so the next one tries again', async () => {
    const memo = new TabMemo();
    await expect(memo.bundle('a1', () => Promise.reject(new Error('storage')))).rejects.toThrow('storage');
    expect(await memo.bundle('a1', async () => bundle('read again'))).toEqual(bundle('read again'));
  });
});
