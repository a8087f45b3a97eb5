import { expect, it } from 'vitest';
import { countFigure } from './figures';

// Removed once the first real hardening file lands; keeps the run non-empty meanwhile.
it('records figures', () => {
  countFigure('records lost or corrupted', 0);
  expect(true).toBe(true);
});
