import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const src = (pkg: string) => fileURLToPath(new URL(`./packages/${pkg}/src/index.ts`, import.meta.url));

// Root Vitest config: every package's tests run against the TypeScript sources.
// Projects: `node` (everything that needs no DOM), `jsdom` (React renderer unit tests),
// `e2e` (the built playground in Debian chromium via playwright-core).
export default defineConfig({
  resolve: {
    alias: {
      '@govforms/core': src('core'),
      '@govforms/xlsx': src('xlsx'),
      '@govforms/docx': src('docx'),
      '@govforms/cli': src('cli'),
      '@govforms/react': src('react'),
    },
  },
  oxc: { jsx: { runtime: 'automatic' } },
  test: {
    pool: 'threads',
    testTimeout: 20_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          include: ['packages/*/src/**/*.test.ts', 'forms/**/*.test.ts', 'playground/src/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        extends: true,
        test: { name: 'jsdom', include: ['packages/react/src/**/*.test.tsx'], environment: 'jsdom' },
      },
      {
        extends: true,
        test: { name: 'e2e', include: ['e2e/**/*.test.ts'], environment: 'node', testTimeout: 60_000, hookTimeout: 60_000 },
      },
    ],
  },
});
