import { libraryConfig } from '../../scripts/vite-library.ts';

// ES-module build for bundler users: React, JSON Forms and @govforms/* stay external; the
// Word/Excel generators are a chunk of their own, imported on first use.
// (vite.iife.config.ts and vite.export.config.ts make the script-tag files.)
export default libraryConfig({
  entry: 'src/index.ts', jsx: true,
  external: [/^react($|\/)/, /^react-dom($|\/)/, /^@jsonforms\//, /^@govforms\//],
  chunkFileNames: 'chunks/[name]-[hash].js',
});
