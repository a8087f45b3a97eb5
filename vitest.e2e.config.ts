import { defineConfig } from 'vitest/config';

// Browser tests: the built extension in Debian's Chromium, on pages served under the real hostnames.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 90_000,
    fileParallelism: false,
  },
});
