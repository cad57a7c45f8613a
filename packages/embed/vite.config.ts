import { defineConfig } from 'vite';

// ES-module build for bundler users: React, JSON Forms and @govforms/* stay external; the
// Word/Excel generators are a chunk of their own, imported on first use.
// (vite.iife.config.ts and vite.export.config.ts make the script-tag files.)
export default defineConfig({
  oxc: { jsx: { runtime: 'automatic' } },
  build: {
    lib: { entry: 'src/index.ts', formats: ['es'], fileName: 'index' },
    outDir: 'dist',
    target: 'es2022',
    minify: false,
    sourcemap: true,
    rollupOptions: {
      external: [/^react($|\/)/, /^react-dom($|\/)/, /^@jsonforms\//, /^@govforms\//],
      output: { chunkFileNames: 'chunks/[name]-[hash].js' },
    },
  },
});
