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
