import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// `npm run bench`: measurements, not tests. Each file prints a table and merges its figures into bench/results.json
// (BENCH_RESULTS names another file); the global teardown prints every figure beside its budget at the end.
export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['bench/**/*.bench.ts'],
    setupFiles: ['tests/unit/setup.ts'],
    globalSetup: ['bench/report.ts'],
    fileParallelism: false,
    testTimeout: 600_000,
    env: { TZ: 'UTC' },
  },
});
