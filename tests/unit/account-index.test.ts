import { describe, expect, it } from 'vitest';
import { TabMemo } from '../../utils/background/tab-state';
import type { AccountIndex } from '../../utils/db/lookup';

const index = (name: string): AccountIndex => ({ byId: new Map([[name, { name } as never]]), byDomain: new Map() });

describe('the account index kept by the background', () => {
  it('is there once loaded, and gone as soon as the data changes', async () => {
    const memo = new TabMemo();
    expect(memo.loadedAccountIndex()).toBeUndefined();
    const first = index('first');
    memo.prepareAccountIndex(async () => first);
    await Promise.resolve();
    await Promise.resolve();
    expect(memo.loadedAccountIndex()).toBe(first);
    memo.invalidate();
    expect(memo.loadedAccountIndex()).toBeUndefined();
  });

  it('never uses a load that finished after the data changed', async () => {
    const memo = new TabMemo();
    let finish!: (i: AccountIndex) => void;
    memo.prepareAccountIndex(() => new Promise((resolve) => (finish = resolve)));
    memo.invalidate();
    finish(index('stale'));
    await new Promise((resolve) => setTimeout(resolve));
    expect(memo.loadedAccountIndex()).toBeUndefined();
  });

  it('loads once per data version, and again after a failed load', async () => {
    const memo = new TabMemo();
    let loads = 0;
    memo.prepareAccountIndex(async () => (loads++, Promise.reject(new Error('closed'))));
    await new Promise((resolve) => setTimeout(resolve));
    memo.prepareAccountIndex(async () => (loads++, index('second')));
    memo.prepareAccountIndex(async () => (loads++, index('third')));
    await new Promise((resolve) => setTimeout(resolve));
    expect(loads).toBe(2);
    expect(memo.loadedAccountIndex()!.byId.has('second')).toBe(true);
  });
});
