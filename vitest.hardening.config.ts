import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// `npm run test:hardening`: hostile input, storage faults and the soak test. Unit-level files run on
// fake IndexedDB and WXT's fake browser; files named *.browser.test.ts drive the built extension in Chromium.
// Each file counts what it tried (tests/hardening/figures.ts); the global teardown prints the totals.
export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['tests/hardening/**/*.test.{ts,tsx}'],
    setupFiles: ['tests/unit/setup.ts'],
    globalSetup: ['tests/hardening/report.ts'],
    restoreMocks: true,
    fileParallelism: false,
    testTimeout: 300_000,
    hookTimeout: 120_000,
    env: { TZ: 'UTC' },
  },
});
