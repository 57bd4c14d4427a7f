import { defineConfig } from 'vitest/config';

// End-to-end tests drive the built app in Debian's Chromium; one file at a time keeps the
// two cores of CI from starving the browser.
export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/e2e/**/*.e2e.ts'],
    globalSetup: ['tests/e2e/global-setup.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
