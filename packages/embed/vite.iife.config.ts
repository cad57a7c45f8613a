import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { dataPlugins, REPO_ROOT } from '../../scripts/vite-library.ts';
import { precompiledValidators } from '../../scripts/vite-plugins/precompiled-validators.ts';
import { smallLodashFp } from './src/bundle/lodash-fp-plugin.ts';
import { noFormSamples } from './src/bundle/no-samples-plugin.ts';
import { standInAliases } from './src/bundle/stand-ins.ts';

const coreSource = (file: string) => fileURLToPath(new URL(`../core/src/${file}`, import.meta.url));

// dist/govforms.iife.js: the one-file script-tag bundle (window.GovForms), React and the forms
// inside, minified for production. Budget: 180 KiB gzip (src/bundle/bundle-size.test.ts).
// Target: what core already needs (structuredClone, Object.hasOwn: Chrome/Edge 98+).
// Ajv is not inside: the built-in forms validate with precompiled validators, and what imports
// 'ajv' / 'ajv-formats' (core's run-time compiler, JSON Forms' default Ajv) gets stand-ins that
// use govforms-compiler.js (vite.compiler.config.ts), loaded by GovForms.registerForm.
export default defineConfig({
  oxc: { jsx: { runtime: 'automatic' } },
  define: { 'process.env.NODE_ENV': JSON.stringify('production') },
  plugins: [...dataPlugins(), precompiledValidators({ root: REPO_ROOT }), smallLodashFp(), noFormSamples()],
  resolve: {
    alias: [
      // Core from its sources (with the forms' precompiled validators, as core's own build makes them), so
      // this bundle can leave out what core's ES build carries for other users: intl-messageformat's
      // parser and Ajv (src/bundle/stand-ins.ts).
      { find: /^@govforms\/core$/, replacement: coreSource('index.ts') },
      { find: /^@govforms\/core\/drafts$/, replacement: coreSource('drafts/index.ts') },
      ...standInAliases,
    ],
  },
  build: {
    lib: { entry: 'src/iife.ts', formats: ['iife'], name: 'GovForms', fileName: () => 'govforms.iife.js' },
    outDir: 'dist',
    emptyOutDir: false,
    target: 'es2022',
    minify: true,
    sourcemap: false,
  },
});
