import { libraryConfig } from '../../scripts/vite-library.ts';

// React, JSON Forms and @govforms/core stay external (peer/deps).
export default libraryConfig({
  entry: 'src/index.ts', jsx: true,
  external: [/^react($|\/)/, /^react-dom($|\/)/, /^@jsonforms\//, /^@govforms\//],
});
