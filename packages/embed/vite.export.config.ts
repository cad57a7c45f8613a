import { defineConfig } from 'vite';
import { dataPlugins } from '../../scripts/vite-library.ts';

// dist/govforms-export.js: the Word/Excel generators for the script-tag bundle, loaded on first
// use from beside govforms.iife.js (window.GovFormsExport).
export default defineConfig({
  plugins: dataPlugins(),
  define: { 'process.env.NODE_ENV': JSON.stringify('production') },
  build: {
    lib: { entry: 'src/export-entry.ts', formats: ['iife'], name: 'GovFormsExport', fileName: () => 'govforms-export.js' },
    outDir: 'dist',
    emptyOutDir: false,
    target: 'es2022',
    minify: true,
    sourcemap: false,
  },
});
