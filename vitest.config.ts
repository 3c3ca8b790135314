import { configDefaults, defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// Firefox's stories run in a pass of their own after the rest (`npm test`): three Firefoxes
// beside the parallel Chromium and server suites on two cores slowed every suite's waits.
const FIREFOX = '**/*.firefox.test.ts';
const firefoxPass = process.env.ONCELINK_TEST_PASS === 'firefox';

export default defineConfig({
  test: {
    testTimeout: 30_000,
    hookTimeout: 60_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          include: firefoxPass
            ? [`tests/e2e/${FIREFOX}`]
            : [
                'shared/**/*.test.ts',
                'backend/**/*.test.ts',
                'web/**/*.test.ts',
                'tests/**/*.test.ts',
                'scripts/**/*.test.ts',
              ],
          exclude: firefoxPass ? configDefaults.exclude : [...configDefaults.exclude, FIREFOX],
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
