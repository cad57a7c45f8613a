import { builtinModules } from 'node:module';
import { libraryConfig } from '../../scripts/vite-library.ts';

// Node build of the service; the render worker is its own entry (piscina loads it by file).
export default libraryConfig({
  entry: { index: 'src/index.ts', 'render-worker': 'src/render-worker.ts' },
  external: [/^node:/, /^@govforms\//, /^@fastify\//, 'fastify', 'piscina', 'content-disposition', 'close-with-grace', ...builtinModules],
  target: 'node20',
});
