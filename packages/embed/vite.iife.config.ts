import { defineConfig } from 'vite';
import { dataPlugins } from '../../scripts/vite-library.ts';
import { smallLodashFp } from './src/bundle/lodash-fp-plugin.ts';

// dist/govforms.iife.js: the one-file script-tag bundle (window.GovForms), React and the forms
// inside, minified for production. Budget: 200 KiB gzip (src/bundle/bundle-size.test.ts).
// Target: what core already needs (structuredClone, Object.hasOwn: Chrome/Edge 98+).
export default defineConfig({
  oxc: { jsx: { runtime: 'automatic' } },
  define: { 'process.env.NODE_ENV': JSON.stringify('production') },
  plugins: [...dataPlugins(), smallLodashFp()],
  build: {
    lib: { entry: 'src/iife.ts', formats: ['iife'], name: 'GovForms', fileName: () => 'govforms.iife.js' },
    outDir: 'dist',
    emptyOutDir: false,
    target: 'es2022',
    minify: true,
    sourcemap: false,
  },
});
