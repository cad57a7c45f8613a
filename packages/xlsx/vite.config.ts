import { libraryConfig } from '../../scripts/vite-library.ts';

// `index` runs in browsers and Node, `dossiers` too without exceljs, `node` (streaming writer) in Node only.
export default libraryConfig({
  entry: { index: 'src/index.ts', dossiers: 'src/dossiers.ts', node: 'src/node.ts' },
  external: [/^@govforms\//, /^exceljs/, /^#exceljs$/, /^node:/],
  chunkFileNames: 'chunks/[name].js',
});
