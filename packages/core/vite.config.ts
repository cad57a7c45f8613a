import { defineConfig } from 'vite';

// Library build: one ESM file; form JSON from /forms is inlined, dependencies stay external.
export default defineConfig({
  build: {
    lib: { entry: 'src/index.ts', formats: ['es'], fileName: 'index' },
    outDir: 'dist',
    target: 'es2022',
    minify: false,
    sourcemap: true,
    rollupOptions: { external: [/^ajv/] },
  },
});
