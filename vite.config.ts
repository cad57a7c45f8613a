import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { dataPlugins, REPO_ROOT } from './scripts/vite-library.ts';
import { precompiledValidators } from './scripts/vite-plugins/precompiled-validators.ts';

const src = (pkg: string, entry = 'index.ts') => fileURLToPath(new URL(`./packages/${pkg}/src/${entry}`, import.meta.url));
const exact = (id: string, path: string) => ({ find: new RegExp(`^${id}$`), replacement: path });

// Root Vitest config: every package's tests run against the TypeScript sources.
// Projects: `node` (everything that needs no DOM), `jsdom` (React renderer unit tests),
// `e2e` (the built playground in Debian chromium via playwright-core).
export default defineConfig({
  plugins: [...dataPlugins(), precompiledValidators({ root: REPO_ROOT })],
  resolve: {
    alias: [
      exact('@govforms/core', src('core')),
      exact('@govforms/core/drafts', src('core', 'drafts/index.ts')),
      exact('@govforms/core/compiler', src('core', 'compiler.ts')),
      exact('@govforms/core/provenance', src('core', 'provenance.ts')),
      exact('@govforms/xlsx', src('xlsx')),
      exact('@govforms/xlsx/dossiers', src('xlsx', 'dossiers.ts')),
      exact('@govforms/docx', src('docx')),
      exact('@govforms/cli', src('cli')),
      exact('@govforms/server', src('server')),
      exact('@govforms/react', src('react')),
    ],
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
        test: {
          name: 'e2e', include: ['e2e/**/*.test.ts'], environment: 'node', testTimeout: 60_000, hookTimeout: 60_000,
          // A browser on a loaded 2-core CI machine: what a person would see may take longer than vitest's 1 s default.
          expect: { poll: { timeout: 10_000 } },
        },
      },
    ],
  },
});
