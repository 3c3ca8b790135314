import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  test: {
    testTimeout: 30_000,
    hookTimeout: 60_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          include: [
            'shared/**/*.test.ts',
            'backend/**/*.test.ts',
            'web/**/*.test.ts',
            'tests/**/*.test.ts',
            'scripts/**/*.test.ts',
          ],
        },
      },
      {
        // The extension's logic against WXT's in-memory fake of the browser APIs
        // (`browser`/`chrome` are the fake; reset between tests with fakeBrowser.reset()).
        extends: true,
        plugins: [WxtVitest()],
        // What wxt.config.ts defines at build time (extension/build-config.ts), fixed for tests.
        define: { __ONCELINK_SERVER__: JSON.stringify('http://localhost:8787') },
        test: { name: 'extension', include: ['extension/**/*.test.ts'] },
      },
    ],
  },
});
