import { defineConfig } from 'vite';

// Library build: one ESM file; React, JSON Forms and @govforms/core stay external (peer/deps).
export default defineConfig({
  oxc: { jsx: { runtime: 'automatic' } },
  build: {
    lib: { entry: 'src/index.ts', formats: ['es'], fileName: 'index' },
    outDir: 'dist',
    target: 'es2022',
    minify: false,
    sourcemap: true,
    rollupOptions: { external: [/^react($|\/)/, /^react-dom($|\/)/, /^@jsonforms\//, /^@govforms\//] },
  },
});
