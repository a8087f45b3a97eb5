import { describe, expect, it } from 'vitest';
import { cachedUntilChanged } from '../../utils/background/cached';

describe('cachedUntilChanged', () => {
  it('keeps a value until a source says it changed', async () => {
    let stored = 1;
    let changed: () => void = () => undefined;
    const cached = cachedUntilChanged(async () => stored, [(onChange) => (changed = onChange)]);
    expect(await cached()).toBe(1);
    stored = 2;
    expect(await cached()).toBe(1);
    changed();
    expect(await cached()).toBe(2);
  });

  it("reads a same-context write back at once when the writer forgets it, before the change event (Firefox's order)", async () => {
    let stored = 'collapsed';
    const cached = cachedUntilChanged(async () => stored, [() => undefined]);
    expect(await cached()).toBe('collapsed');
    stored = 'expanded';
    cached.forget();
    expect(await cached()).toBe('expanded');
  });
});
