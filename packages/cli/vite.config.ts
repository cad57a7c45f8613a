import { builtinModules } from 'node:module';
import { defineConfig } from 'vite';

// Node build of the CLI; workspace packages and Node built-ins stay external.
export default defineConfig({
  build: {
    lib: { entry: { index: 'src/index.ts', main: 'src/main.ts', 'batch-worker': 'src/batch-worker.ts' }, formats: ['es'] },
    outDir: 'dist',
    target: 'node20',
    minify: false,
    sourcemap: true,
    rollupOptions: { external: [/^node:/, /^@govforms\//, ...builtinModules] },
  },
});
