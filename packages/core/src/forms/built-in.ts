/// <reference types="vite/client" />
/**
 * The forms that ship with govforms, read from the data folders at build time (Vite's
 * import.meta.glob): every `forms/<id>/` with its form.json is a form. No list to extend:
 * a new folder is a new form.
 */
import documentKindsFile from '../../../../forms/document-kinds.json';
import { byCanonicalLocale } from '../i18n/catalogue.js';
import type { DocumentKind, FormFiles } from '../types.js';
import type { DocumentKindEntry as KindEntry } from './document-kinds.js';

const ROOT = '../../../../forms/';

const parts = import.meta.glob<unknown>('../../../../forms/*/{form,schema,uischema,sample}.json', { eager: true, import: 'default' });
const translations = import.meta.glob<unknown>('../../../../forms/*/i18n/*.json', { eager: true, import: 'default' });
const migrations = import.meta.glob<unknown>('../../../../forms/*/migrations/*.json', { eager: true, import: 'default' });
const documentKindNameFiles = import.meta.glob<unknown>('../../../../locales/*/document-kinds.json', { eager: true, import: 'default' });

/** "../../../../forms/budget/i18n/en.json" → ["budget", "i18n/en.json"]. */
function split(path: string): [folder: string, file: string] {
  const rest = path.slice(ROOT.length);
  const at = rest.indexOf('/');
  return [rest.slice(0, at), rest.slice(at + 1)];
}

/** Each form folder's files, by folder name. */
export function builtInFormFiles(): Map<string, FormFiles> {
  const byFolder = new Map<string, Partial<FormFiles> & { i18n: Record<string, object> }>();
  const folder = (name: string) => {
    let f = byFolder.get(name);
    if (!f) byFolder.set(name, (f = { i18n: {} }));
    return f;
  };
  for (const [path, content] of Object.entries(parts)) {
    const [name, file] = split(path);
    (folder(name) as Record<string, unknown>)[file.replace(/\.json$/, '')] = content;
  }
  for (const [path, content] of Object.entries(translations)) {
    const [name, file] = split(path);
    folder(name).i18n[file.replace(/^i18n\/|\.json$/g, '')] = content as object;
  }
  const out = new Map<string, FormFiles>();
  for (const [name, f] of byFolder) if (f.form) out.set(name, f as FormFiles);
  return out;
}

/** A form's migration files as stored ("forms/annual-report/migrations/1.0.0-to-2.0.0.json"), unchecked. */
export function builtInMigrationFiles(folder: string): { file: string; content: unknown }[] {
  return Object.entries(migrations)
    .filter(([path]) => split(path)[0] === folder)
    .map(([path, content]) => ({ file: path.slice('../../../../'.length), content }));
}

export interface DocumentKindEntry extends KindEntry { const: DocumentKind }

export const documentKinds: readonly DocumentKindEntry[] = (documentKindsFile as { kinds: DocumentKindEntry[] }).kinds;

/** Document-kind names by locale (locales/<locale>/document-kinds.json); zh-CN is document-kinds.json itself. */
export const documentKindNames: ReadonlyMap<string, Readonly<Record<string, string>>> = byCanonicalLocale(
  Object.entries(documentKindNameFiles).map(([path, names]) => [path.split('/').at(-2)!, names as Record<string, string>] as const),
);
