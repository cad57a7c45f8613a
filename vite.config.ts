import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const src = (pkg: string) => fileURLToPath(new URL(`./packages/${pkg}/src/index.ts`, import.meta.url));

// Root Vitest config: every package's tests run against the TypeScript sources.
export default defineConfig({
  resolve: {
    alias: {
      '@govforms/core': src('core'),
      '@govforms/xlsx': src('xlsx'),
      '@govforms/docx': src('docx'),
      '@govforms/cli': src('cli'),
    },
  },
  test: {
    include: ['packages/*/src/**/*.test.ts', 'forms/**/*.test.ts'],
    pool: 'threads',
    testTimeout: 20_000,
  },
});
