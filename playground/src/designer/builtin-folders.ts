/// <reference types="vite/client" />
/** The built-in form folders as files (forms/<id>/), for the designer to open: read at build time. */
import type { FormFolder } from './model/types.js';

const json = import.meta.glob<unknown>('../../../forms/*/{form,schema,uischema,sample}.json', { eager: true, import: 'default' });
const i18n = import.meta.glob<unknown>('../../../forms/*/i18n/*.json', { eager: true, import: 'default' });
const migrations = import.meta.glob<unknown>('../../../forms/*/migrations/*.json', { eager: true, import: 'default' });
const changelogs = import.meta.glob<string>('../../../forms/*/CHANGELOG.md', { eager: true, import: 'default', query: '?raw' });

const ROOT = '../../../forms/';
const split = (path: string) => {
  const rest = path.slice(ROOT.length);
  const at = rest.indexOf('/');
  return [rest.slice(0, at), rest.slice(at + 1)] as const;
};

export function builtInFolder(id: string): FormFolder | undefined {
  const part = (file: string) => json[`${ROOT}${id}/${file}`];
  if (!part('form.json')) return undefined;
  const under = (table: Record<string, unknown>, dir: string) => Object.fromEntries(Object.entries(table)
    .filter(([p]) => split(p)[0] === id && split(p)[1].startsWith(dir))
    .map(([p, v]) => [split(p)[1].slice(dir.length).replace(/\.json$/, ''), structuredClone(v)]));
  return structuredClone({
    form: part('form.json'), schema: part('schema.json'), uischema: part('uischema.json'), sample: part('sample.json') ?? {},
    i18n: under(i18n, 'i18n/'), migrations: under(migrations, 'migrations/'),
    changelog: changelogs[`${ROOT}${id}/CHANGELOG.md`] ?? `# ${id} 变更记录\n`,
  }) as FormFolder;
}
