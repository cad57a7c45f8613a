import { defineConfig } from 'vite';
import { COMPILER_GLOBAL } from './src/bundle/script-globals.ts';

// dist/govforms-compiler.js: Ajv for forms registered at run time in the script-tag bundle,
// loaded on first use from beside govforms.iife.js (window.GovFormsCompiler).
export default defineConfig({
  build: {
    lib: { entry: 'src/compiler-entry.ts', formats: ['iife'], name: COMPILER_GLOBAL, fileName: () => 'govforms-compiler.js' },
    outDir: 'dist',
    emptyOutDir: false,
    target: 'es2022',
    minify: true,
    sourcemap: false,
  },
});
