import { describe, expect, it } from 'vitest';
import { percentile, summarize } from '../../bench/stats';
import { previousRunTable, snapshotOf } from '../../scripts/lib/bench-table.mjs';

describe('bench statistics', () => {
  it('uses nearest-rank percentiles', () => {
    const samples = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(percentile(samples, 50)).toBe(50);
    expect(percentile(samples, 95)).toBe(95);
    expect(percentile([7], 95)).toBe(7);
    expect(percentile([1, 2, 3, 4], 50)).toBe(2);
  });
  it('summarizes unsorted samples', () => {
    expect(summarize([5, 1, 3, 2, 4])).toEqual({ runs: 5, min: 1, median: 3, p95: 5, max: 5 });
  });
  it('refuses an empty sample set', () => {
    expect(() => percentile([], 50)).toThrow(/No samples/);
  });
});

describe('the bench against its previous run', () => {
  const figure = (name: string, p95: number) => ({ name, runs: 30, min: 1, median: p95 / 2, p95, max: p95 });
  const before = {
    updatedAt: '2026-11-30T10:00:00.000Z',
    groups: {
      sidebar: [figure('sidebar shown', 100), figure('briefing shown', 100)],
      browser: [figure('search', 10)],
      node: [figure('search', 40)],
    },
    sizes: [{ file: 'background.js', rawBytes: 300_000, gzipBytes: 100_000, budgetGzipBytes: 60 * 1024 }],
  };

  it('flags a figure over 20 % slower, and a file over 20 % larger, and no other', () => {
    const now = {
      groups: {
        sidebar: [figure('sidebar shown', 121), figure('briefing shown', 120), figure('new figure', 5)],
        // Alike-named figures of two groups are each compared with their own group's.
        browser: [figure('search', 4)],
        node: [figure('search', 50)],
      },
      sizes: [{ file: 'background.js', rawBytes: 150_000, gzipBytes: 41_000, budgetGzipBytes: 60 * 1024 }],
    };
    const { markdown, regressions } = previousRunTable(snapshotOf(before), now);
    expect(regressions).toEqual(['sidebar shown', 'search']);
    expect(markdown).toContain('| sidebar shown | 100 | 121 | 1.21 | ✗ slower |');
    expect(markdown).toContain('| briefing shown | 100 | 120 | 1.20 |  |');
    expect(markdown).toContain('| search | 10.0 | 4.00 | 0.40 |  |');
    expect(markdown).toContain('| search | 40.0 | 50.0 | 1.25 | ✗ slower |');
    expect(markdown).toContain('| `background.js`, gzip kB | 97.7 | 40.0 | 0.41 |  |');
    expect(markdown).not.toContain('new figure');
    expect(markdown).toContain('against the previous run (2026-11-30)');
    const grown = { groups: {}, sizes: [{ ...now.sizes[0]!, gzipBytes: 130_000 }] };
    expect(previousRunTable(snapshotOf(before), grown).regressions).toEqual(['background.js']);
  });

  it('keeps only the previous run itself, not the one before it', () => {
    const snapshot = snapshotOf({ ...before, previous: snapshotOf(before) } as never);
    expect(Object.keys(snapshot)).toEqual(['updatedAt', 'figures', 'sizes']);
    expect(snapshot.figures['browser › search']).toEqual({ median: 5, p95: 10 });
  });
});
