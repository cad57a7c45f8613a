/**
 * A Vite plugin for the script-tag build: 'lodash/fp/set' and 'lodash/fp/unset' (used by
 * @jsonforms/core) become the small equivalents in lodash-fp-set.ts.
 */
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

const implementation = fileURLToPath(new URL('./lodash-fp-set.ts', import.meta.url));
const replaced: Record<string, string> = { 'lodash/fp/set': 'set', 'lodash/fp/unset': 'unset' };

export function smallLodashFp(): Plugin {
  return {
    name: 'govforms-small-lodash-fp',
    enforce: 'pre',
    resolveId(id) {
      return Object.hasOwn(replaced, id) ? `\0govforms-fp:${replaced[id]}` : null;
    },
    load(id) {
      if (!id.startsWith('\0govforms-fp:')) return null;
      return `export { ${id.slice('\0govforms-fp:'.length)} as default } from ${JSON.stringify(implementation)};`;
    },
  };
}
