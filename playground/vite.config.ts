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
      return `const fail = () => Promise.reject(Object.assign(new Error(${JSON.stringify(`${name} 尚未构建`)}), { code: 'generator-missing' }));
export const buildBudgetWorkbook = fail, readBudgetWorkbook = fail, buildProjectsSummaryWorkbook = fail, renderDocument = fail;
export const listDocumentTemplates = () => [];`;
    },
  };
}

// Built against the packages' dist (what npm users get); `vite` dev mode reads the sources.
export default defineConfig(({ command }) => ({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  oxc: { jsx: { runtime: 'automatic' } },
  plugins: [...dataPlugins(), optionalGenerators(['@govforms/xlsx', '@govforms/docx'])],
  resolve: command === 'serve'
    ? { alias: { '@govforms/core': pkg('core', 'src/index.ts'), '@govforms/react': pkg('react', 'src/index.ts') } }
    : {},
  build: { outDir: 'dist', emptyOutDir: true, target: 'es2022', sourcemap: false, chunkSizeWarningLimit: 1500 },
}));
