import { builtinModules } from 'node:module';
import { libraryConfig } from '../../scripts/vite-library.ts';

// Node build of the CLI; workspace packages and Node built-ins stay external.
export default libraryConfig({
  entry: { index: 'src/index.ts', main: 'src/main.ts', 'batch-worker': 'src/batch-worker.ts' },
  external: [/^node:/, /^@govforms\//, ...builtinModules],
  target: 'node20',
});
