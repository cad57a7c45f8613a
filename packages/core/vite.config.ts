import { libraryConfig, REPO_ROOT } from '../../scripts/vite-library.ts';
import { precompiledValidators } from '../../scripts/vite-plugins/precompiled-validators.ts';

// Four ESM entries (the main API, drafts, the compiler that brings Ajv for run-time forms, and provenance hashing); form and catalogue JSON are inlined, Ajv stays
// external. Every catalogue is parsed at build time, so intl-messageformat ships without its parser.
export default {
  ...libraryConfig({
    entry: { index: 'src/index.ts', drafts: 'src/drafts/index.ts', compiler: 'src/compiler.ts', provenance: 'src/provenance.ts' },
    external: [/^ajv/],
    chunkFileNames: 'chunks/[name].js',
    // virtual:govforms/validators: the built-in forms' validators as code (no eval in the page)
    plugins: [precompiledValidators({ root: REPO_ROOT })],
  }),
  resolve: {
    alias: [{ find: /^@formatjs\/icu-messageformat-parser$/, replacement: '@formatjs/icu-messageformat-parser/no-parser.js' }],
  },
};
