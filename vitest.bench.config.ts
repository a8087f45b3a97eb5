import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// `npm run bench`: measurements, not tests. Each file prints a table and merges its figures into bench/results.json.
export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['bench/**/*.bench.ts'],
    setupFiles: ['tests/unit/setup.ts'],
    fileParallelism: false,
    testTimeout: 600_000,
    env: { TZ: 'UTC' },
  },
});
