import { describe, expect, it } from 'vitest';
import { percentile, summarize } from '../../bench/stats';

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
