import { libraryConfig } from '../../scripts/vite-library.ts';

// The template sources under /templates are inlined as text (import.meta.glob). printed-fields
// (which tags print a field, for the form designer) is an entry of its own: no bundle takes it in.
export default libraryConfig({
  entry: { index: 'src/index.ts', 'printed-fields': 'src/printed-fields.ts' },
  external: [/^@govforms\//, 'docxtemplater', 'pizzip', 'jsonpath-plus'],
  chunkFileNames: 'chunks/[name].js',
});
