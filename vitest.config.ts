import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    setupFiles: ['tests/unit/setup.ts'],
    restoreMocks: true,
    // Several suites share a 2-core machine: a first ESLint run or a large jsdom snapshot can take seconds there.
    testTimeout: 20_000,
    env: { TZ: 'UTC' },
  },
});
