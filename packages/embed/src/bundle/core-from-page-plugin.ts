/**
 * A Vite plugin for govforms-export.js: `@govforms/core` is the page's, the one govforms.iife.js
 * left at Symbol.for(CORE_KEY) (script-globals.ts), not a second copy. So the Word and Excel
 * generators see the forms the page registered with GovForms.registerForm (a document's dossier
 * view has a section for every form in listForms()), and the file carries neither core nor
 * anything core brings (Ajv, intl-messageformat, the forms and their validators).
 */
import type { Plugin } from 'vite';
import { CORE_KEY } from './script-globals.ts';

// Named so that a build error for an import it lacks says where to add it.
const ID = '\0@govforms/core of the page (src/bundle/shared-core.ts)';

/** `names`: what the page shares of its core (shared-core.ts). */
export function coreFromPage(names: readonly string[]): Plugin {
  return {
    name: 'govforms-core-from-page',
    enforce: 'pre',
    resolveId(id) {
      return id === '@govforms/core' ? ID : null;
    },
    load(id) {
      if (id !== ID) return null;
      const code = [
        `const core = globalThis[Symbol.for(${JSON.stringify(CORE_KEY)})];`,
        // A developer's mistake, before any catalogue is there to word it: this file is loaded by govforms.iife.js.
        `if (!core) throw new Error("govforms-export.js 需由 govforms.iife.js 在首次导出时载入（GovForms.renderDocument / exportBudgetXlsx），不能单独使用。");`,
        `export const { ${names.join(', ')} } = core;`,
      ].join('\n');
      return { code, moduleType: 'js' };
    },
  };
}
