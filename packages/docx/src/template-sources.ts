/**
 * The template sources under /templates, embedded as text at build time (Vite inlines them;
 * Vitest reads the same files). `_shared/` holds the parts every document has (styles,
 * fonts, footers with page numbers, package metadata); `<id>/` holds the document itself and
 * may override a shared part. No binary is committed: see pack-template.ts. A folder's
 * template.json and i18n/ describe the template (template-registry.ts) and are not parts of
 * the .docx.
 */
const sources = import.meta.glob(['../../../templates/**/*', '!../../../templates/*/template.json', '!../../../templates/*/i18n/**', '!../../../templates/**/*.md'], {
  query: '?raw', import: 'default', eager: true, exhaustive: true,
}) as Record<string, string>;

const PREFIX = '../../../templates/';

/** Every file of a template folder (shared parts first), keyed by its path inside the .docx. */
export function templateSourceFiles(folder: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const dir of ['_shared/', `${folder}/`]) {
    for (const [path, text] of Object.entries(sources)) {
      if (path.startsWith(PREFIX + dir)) files[path.slice(PREFIX.length + dir.length)] = text;
    }
  }
  return files;
}

/** Names of the template folders (the document ids), for tests and docs. */
export function templateFolders(): string[] {
  const folders = new Set(Object.keys(sources).map((p) => p.slice(PREFIX.length).split('/')[0]!));
  folders.delete('_shared');
  return [...folders].sort();
}
