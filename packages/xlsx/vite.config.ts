import { defineConfig } from 'vite';

// Library build: ESM; `index` runs in browsers and Node, `node` (streaming writer) in Node only.
// Dependencies stay external.
export default defineConfig({
  build: {
    lib: { entry: { index: 'src/index.ts', node: 'src/node.ts' }, formats: ['es'] },
    outDir: 'dist',
    target: 'es2022',
    minify: false,
    sourcemap: true,
    rollupOptions: { external: [/^@govforms\//, /^exceljs/, /^node:/], output: { chunkFileNames: 'chunks/[name].js' } },
  },
});
