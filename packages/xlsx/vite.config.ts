import { libraryConfig } from '../../scripts/vite-library.ts';

// `index` runs in browsers and Node, `node` (streaming writer) in Node only.
export default libraryConfig({
  entry: { index: 'src/index.ts', node: 'src/node.ts' },
  external: [/^@govforms\//, /^exceljs/, /^node:/],
  chunkFileNames: 'chunks/[name].js',
});
