import { libraryConfig } from '../../scripts/vite-library.ts';

// One ESM file; the template sources under /templates are inlined as text (import.meta.glob).
export default libraryConfig({ entry: 'src/index.ts', external: [/^@govforms\//, 'docxtemplater', 'pizzip', 'jsonpath-plus'] });
