import { defineConfig } from 'vitest/config';

// Browser tests in Firefox: the built Firefox add-on in Debian's firefox-esr, driven over WebDriver BiDi by
// puppeteer-core, on pages served under the real hostnames (tests/firefox/, see docs/development.md).
export default defineConfig({
  test: {
    include: ['tests/firefox/**/*.test.ts'],
    testTimeout: 90_000,
    hookTimeout: 90_000,
    fileParallelism: false,
  },
});
