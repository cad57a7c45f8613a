import { fileURLToPath } from 'node:url';
import type { PluginOption, UserConfig } from 'vite';
import { messageCatalogues } from './vite-plugins/message-catalogues.ts';

/** The repository root: where forms/, locales/ and templates/ are. */
export const REPO_ROOT = fileURLToPath(new URL('..', import.meta.url));

/** The plugins every build of govforms code needs (the catalogues of locales/ are parsed at build time). */
export function dataPlugins(): PluginOption[] {
  return [messageCatalogues({ root: REPO_ROOT })];
}

export interface LibraryOptions {
  /** One entry (built as dist/index.js) or named entries. */
  entry: string | Record<string, string>;
  /** Dependencies left to the consumer's bundler or Node. */
  external: (string | RegExp)[];
  /** Default es2022 (what core needs: structuredClone, Object.hasOwn); the CLI builds for node20. */
  target?: string;
  /** Compile .tsx with the automatic React runtime. */
  jsx?: boolean;
  chunkFileNames?: string;
  /** Plugins besides dataPlugins(). */
  plugins?: PluginOption[];
}

/**
 * The library build every govforms package shares: ESM into dist/, unminified with source maps
 * (portal developers read our stack traces), dependencies external. Type declarations come
 * from `tsc -p tsconfig.build.json`.
 */
export function libraryConfig(o: LibraryOptions): UserConfig {
  return {
    plugins: [...dataPlugins(), ...(o.plugins ?? [])],
    ...(o.jsx ? { oxc: { jsx: { runtime: 'automatic' as const } } } : {}),
    build: {
      lib: typeof o.entry === 'string'
        ? { entry: o.entry, formats: ['es'], fileName: 'index' }
        : { entry: o.entry, formats: ['es'] },
      outDir: 'dist',
      target: o.target ?? 'es2022',
      minify: false,
      sourcemap: true,
      rollupOptions: { external: o.external, ...(o.chunkFileNames ? { output: { chunkFileNames: o.chunkFileNames } } : {}) },
    },
  };
}
