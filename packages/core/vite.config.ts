import { libraryConfig } from '../../scripts/vite-library.ts';

// One ESM file; form JSON from /forms is inlined, dependencies stay external.
export default libraryConfig({ entry: 'src/index.ts', external: [/^ajv/] });
