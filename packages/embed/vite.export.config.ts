import { defineConfig } from 'vite';
import { dataPlugins } from '../../scripts/vite-library.ts';
import { coreFromPage } from './src/bundle/core-from-page-plugin.ts';
import { EXPORT_GLOBAL } from './src/bundle/script-globals.ts';
import * as sharedCore from './src/bundle/shared-core.ts';
import { standInAliases } from './src/bundle/stand-ins.ts';

// dist/govforms-export.js: the Word/Excel generators for the script-tag bundle, loaded on first
// use from beside govforms.iife.js (window.GovFormsExport). @govforms/core is the page's (see
// src/bundle/core-from-page-plugin.ts); the stand-ins keep Ajv and the ICU parser out as in the iife.
export default defineConfig({
  plugins: [...dataPlugins(), coreFromPage(Object.keys(sharedCore))],
  define: { 'process.env.NODE_ENV': JSON.stringify('production') },
  resolve: { alias: standInAliases },
  build: {
    lib: { entry: 'src/export-entry.ts', formats: ['iife'], name: EXPORT_GLOBAL, fileName: () => 'govforms-export.js' },
    outDir: 'dist',
    emptyOutDir: false,
    target: 'es2022',
    minify: true,
    sourcemap: false,
  },
});
