/** A built-in form folder read from forms/<id>/, as the designer loads it. */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import type { FormFolder } from './types.js';

export function folderFromDisk(id: string): FormFolder {
  const dir = new URL(`../../../../forms/${id}/`, import.meta.url);
  const json = (p: string) => JSON.parse(readFileSync(new URL(p, dir), 'utf8'));
  const list = (sub: string) => (existsSync(new URL(sub, dir)) ? readdirSync(new URL(sub, dir)).filter((f) => f.endsWith('.json')) : []);
  return {
    form: json('form.json'), schema: json('schema.json'), uischema: json('uischema.json'), sample: json('sample.json'),
    i18n: Object.fromEntries(list('i18n/').map((f) => [f.slice(0, -5), json(`i18n/${f}`)])),
    migrations: Object.fromEntries(list('migrations/').map((f) => [f.slice(0, -5), json(`migrations/${f}`)])),
    changelog: readFileSync(new URL('CHANGELOG.md', dir), 'utf8'),
  };
}
