import { defineConfig } from 'vite';

// Library build: one ESM file; the template sources under /templates are inlined as text
// (import.meta.glob), dependencies stay external.
export default defineConfig({
  build: {
    lib: { entry: 'src/index.ts', formats: ['es'], fileName: 'index' },
    outDir: 'dist',
    target: 'es2022',
    minify: false,
    sourcemap: true,
    rollupOptions: { external: [/^@govforms\//, 'docxtemplater', 'pizzip', 'jsonpath-plus'] },
  },
});
