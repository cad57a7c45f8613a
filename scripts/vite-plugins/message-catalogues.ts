/**
 * Message catalogues (`locales/<locale>/<namespace>.json`, ICU MessageFormat strings) are
 * parsed at build time: `import.meta.glob('…/locales/* /core.json', { query: '?messages' })`
 * yields the same tree with every message replaced by its intl-messageformat AST. The
 * bundles then carry intl-messageformat without its parser, and a broken message fails the
 * build, naming the file and the key, instead of failing in a user's browser.
 */
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { parse } from '@formatjs/icu-messageformat-parser';
import type { Plugin } from 'vite';

const QUERY = '?messages';

function compileTree(node: unknown, file: string, at: string[]): unknown {
  if (typeof node === 'string') {
    try {
      return parse(node, { ignoreTag: true });
    } catch (e) {
      const why = e instanceof Error ? e.message : String(e);
      throw new Error(`消息目录 ${file} 中的“${at.join('.')}”不是有效的 ICU 消息格式：${why}`);
    }
  }
  if (typeof node === 'object' && node !== null && !Array.isArray(node)) {
    return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, compileTree(v, file, [...at, k])]));
  }
  throw new Error(`消息目录 ${file} 中的“${at.join('.') || '（根）'}”应为文本或一组消息，而不是 ${JSON.stringify(node)}`);
}

/** Compiles one catalogue file's text to its AST tree, as JSON text. */
export function compileCatalogue(text: string, file: string): string {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new Error(`消息目录 ${file} 不是有效的 JSON：${e instanceof Error ? e.message : String(e)}`);
  }
  return JSON.stringify(compileTree(json, file, []));
}

export function messageCatalogues(opts: { root: string }): Plugin {
  return {
    name: 'govforms-message-catalogues',
    enforce: 'pre',
    load(id) {
      if (!id.endsWith(QUERY)) return null;
      const path = id.slice(0, -QUERY.length);
      this.addWatchFile(path);
      const tree = compileCatalogue(readFileSync(path, 'utf8'), relative(opts.root, path));
      return { code: `export default JSON.parse(${JSON.stringify(tree)});`, moduleType: 'js' };
    },
  };
}
