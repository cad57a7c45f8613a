import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import { dataPlugins } from '../scripts/vite-library.ts';

const pkg = (name: string, file: string) => fileURLToPath(new URL(`../packages/${name}/${file}`, import.meta.url));

/**
 * The export generators (@govforms/xlsx, @govforms/docx) are loaded lazily. Until a package
 * is built, the build links a stand-in that explains why its button cannot work yet (and lists
 * no Word documents), so the rest of the playground still builds and runs.
 */
function optionalGenerators(names: string[]): Plugin {
  const missing = (id: string) => names.includes(id) && !existsSync(pkg(id.split('/')[1]!, 'dist/index.js'));
  return {
    name: 'govforms-optional-generators',
    enforce: 'pre',
    resolveId(id) {
      if (!missing(id)) return null;
      this.warn(`${id} is not built yet: its export button will say so`);
      return `\0missing:${id}`;
    },
    load(id) {
      if (!id.startsWith('\0missing:')) return null;
      const name = id.slice('\0missing:'.length);
      const why = JSON.stringify(`${name.replace(/\/dossiers$/, '')} 尚未构建`);
      return `const fail = () => Promise.reject(Object.assign(new Error(${why}), { code: 'generator-missing' }));
export const buildBudgetWorkbook = fail, readBudgetWorkbook = fail, buildProjectsSummaryWorkbook = fail, renderDocument = fail;
export const listDocumentTemplates = () => [];
// @govforms/xlsx/dossiers (the review page): every file is reported as unreadable, with the reason.
export const dossierFileSizeProblem = () => undefined, readDossierBytes = (file) => ({ file, reason: ${why} });
export const projectFacts = () => { throw new Error(${why}); }, projectsLabels = projectFacts;`;
    },
  };
}

// Built against the packages' dist (what npm users get); `vite` dev mode reads the sources.
export default defineConfig(({ command }) => ({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  oxc: { jsx: { runtime: 'automatic' } },
  plugins: [...dataPlugins(), optionalGenerators(['@govforms/xlsx', '@govforms/xlsx/dossiers', '@govforms/docx'])],
  resolve: command === 'serve'
    ? { alias: { '@govforms/core': pkg('core', 'src/index.ts'), '@govforms/react': pkg('react', 'src/index.ts') } }
    : {},
  build: { outDir: 'dist', emptyOutDir: true, target: 'es2022', sourcemap: false, chunkSizeWarningLimit: 1500 },
}));
