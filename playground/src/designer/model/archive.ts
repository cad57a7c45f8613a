/**
 * The design out and back in: the form folder as a zip (form.json, schema.json, uischema.json,
 * sample.json, i18n/*.json, migrations/, CHANGELOG.md under <id>/, to commit into forms/), or
 * one JSON file for registerForm (a portal loads it without rebuilding). Importing checks the
 * file as registerForm would and refuses a broken or foreign one with a zh-CN message; the
 * design in progress is the caller's and is never touched.
 */
import { checkFormFiles, deflatedZip, formProblemText, jsonErrorPosition, listForms, type FormFiles } from '@govforms/core';
import PizZip from 'pizzip';
import { DesignError } from './design-error.js';
import { designOf, formFiles, isObject } from './folder.js';
import type { Design, FormFolder, JsonObject, UiElement } from './types.js';

const json = (v: unknown) => `${JSON.stringify(v, null, 2)}\n`;

/** One JSON file for registerForm (form, schema, uischema, sample, i18n). */
export function registerJson(d: Design): string {
  return json(formFiles(d));
}

/** The folder's files by path, under <id>/. */
export function folderFiles(d: Design): Record<string, string> {
  const { form, schema, uischema, sample, i18n, migrations, changelog } = d.folder;
  const dir = `${form.id}/`;
  return {
    [`${dir}form.json`]: json(form),
    [`${dir}schema.json`]: json(schema),
    [`${dir}uischema.json`]: json(uischema),
    [`${dir}sample.json`]: json(sample),
    ...Object.fromEntries(Object.entries(i18n).map(([locale, words]) => [`${dir}i18n/${locale}.json`, json(words)])),
    ...Object.fromEntries(Object.entries(migrations).map(([name, m]) => [`${dir}migrations/${name}.json`, json(m)])),
    [`${dir}CHANGELOG.md`]: changelog,
  };
}

export async function folderZip(d: Design): Promise<Uint8Array> {
  const zip = new PizZip();
  for (const [path, text] of Object.entries(folderFiles(d))) zip.file(path, text);
  return deflatedZip((compression) => zip.generate({ type: 'uint8array', compression }));
}

const MAX_LISTED = 10;

function builtIn(id: unknown) {
  return listForms().find((f) => f.builtIn && f.id === id);
}

/** The form's problems (registerForm's checks) as one refusal, or nothing. */
function refuseIfBroken(file: string, files: FormFiles, replaces: string | undefined, migrations: readonly string[] = []): void {
  const { problems } = checkFormFiles(files, { migrations, ...(replaces ? { replaces } : {}) });
  if (!problems.length) return;
  const listed = problems.slice(0, MAX_LISTED).map((p) => `- ${formProblemText(p)}`).join('\n');
  throw new DesignError('importInvalid', { file, count: problems.length, problems: listed });
}

function isFormShape(v: unknown): v is { form: JsonObject; schema: JsonObject; uischema: UiElement; sample?: unknown; i18n?: unknown } {
  return isObject(v) && isObject(v.form) && isObject(v.schema) && isObject(v.uischema);
}

function fromJson(file: string, bytes: Uint8Array): Design {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    throw new DesignError('importNotForm', { file });
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    const at = jsonErrorPosition(text, e);
    if (!at) throw new DesignError('importNotForm', { file });
    throw new DesignError('importBadJson', { file, line: at.line, column: at.column });
  }
  if (!isFormShape(value)) throw new DesignError('importNotForm', { file });
  const clash = builtIn(value.form.id);
  if (clash) throw new DesignError('importBuiltInId', { id: clash.id, title: clash.title });
  const files: FormFiles = { form: value.form, schema: value.schema, uischema: value.uischema, sample: isObject(value.sample) ? value.sample : {}, i18n: isObject(value.i18n) ? value.i18n as Record<string, object> : {} };
  refuseIfBroken(file, files, undefined);
  const folder: FormFolder = {
    form: files.form as FormFolder['form'], schema: value.schema, uischema: value.uischema, sample: files.sample as JsonObject,
    i18n: files.i18n as Record<string, JsonObject>, migrations: {}, changelog: `# ${String(value.form.id)} 变更记录\n`,
  };
  return designOf(folder);
}

function fromZip(file: string, bytes: Uint8Array): Design {
  let zip: PizZip;
  try {
    zip = new PizZip(bytes);
  } catch {
    throw new DesignError('importNotForm', { file });
  }
  const names = Object.keys(zip.files).filter((n) => !zip.files[n]!.dir);
  const formPath = names.filter((n) => /(^|\/)form\.json$/.test(n)).sort((a, b) => a.length - b.length)[0];
  if (!formPath) throw new DesignError('importNotForm', { file });
  const dir = formPath.slice(0, -'form.json'.length);
  const read = (part: string): unknown => {
    const entry = zip.file(dir + part);
    if (!entry) return undefined;
    try {
      return JSON.parse(entry.asText().replace(/^\uFEFF/, ''));
    } catch {
      throw new DesignError('importZipPart', { part });
    }
  };
  const parts = { form: read('form.json'), schema: read('schema.json'), uischema: read('uischema.json') };
  if (!isFormShape(parts)) throw new DesignError('importNotForm', { file });
  const under = (sub: string) => names.filter((n) => n.startsWith(dir + sub) && n.endsWith('.json')).map((n) => n.slice(dir.length));
  const i18n = Object.fromEntries(under('i18n/').map((p) => [p.slice(5, -5), read(p)])) as Record<string, JsonObject>;
  const migrations = Object.fromEntries(under('migrations/').map((p) => [p.slice(11, -5), read(p)])) as Record<string, JsonObject>;
  const sample = read('sample.json');
  const replaces = builtIn(parts.form.id)?.id;
  const folder: FormFolder = {
    form: parts.form as unknown as FormFolder['form'], schema: parts.schema, uischema: parts.uischema,
    sample: isObject(sample) ? sample : {}, i18n, migrations,
    changelog: zip.file(`${dir}CHANGELOG.md`)?.asText() ?? `# ${String(parts.form.id)} 变更记录\n`,
  };
  refuseIfBroken(file, { form: folder.form, schema: folder.schema, uischema: folder.uischema, sample: folder.sample, i18n }, replaces, Object.keys(migrations));
  return designOf(folder, replaces ? { replaces } : {});
}

/** A design from a downloaded folder (.zip) or registerForm JSON file; a DesignError (zh-CN) when it is not one. */
export function importDesign(file: string, bytes: Uint8Array): Design {
  const isZip = bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b;
  return isZip ? fromZip(file, bytes) : fromJson(file, bytes);
}
