import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { conditions: ['source'] },
  ssr: { resolve: { conditions: ['source'] } },
  test: {
    globalSetup: ['test/global-setup.ts'],
    setupFiles: ['packages/web/test/dom-setup.ts'],
    include: ['packages/*/src/**/*.test.{ts,tsx}', 'packages/*/test/**/*.test.{ts,tsx}'],
    testTimeout: 30_000,
    coverage: { provider: 'v8', include: ['packages/*/src/**/*.{ts,tsx}'], reporter: ['text-summary'] },
  },
});
