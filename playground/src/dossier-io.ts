/**
 * Reading an imported JSON file. Whatever the file holds, the answer is a result, never an
 * exception: a dossier (sections to replace), one form's data, or a message saying what is
 * wrong — and, for another form's data, which form it belongs to.
 */
import { formForDossierKey, listForms, type Dossier, type DossierKey, type FormDefinition, type Locale } from '@govforms/core';

export const DOSSIER_KEYS: readonly DossierKey[] = ['application', 'constructionPlan', 'budget', 'completion', 'annualReport', 'change'];

export type ImportResult =
  | { ok: true; kind: 'dossier'; sections: Partial<Record<DossierKey, object>> }
  | { ok: true; kind: 'form'; key: DossierKey; data: object }
  | { ok: false; message: string; /** The data fits another form: offer to import it there. */ elsewhere?: { key: DossierKey; data: object } };

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

const words = {
  'zh-CN': {
    kept: '当前填写的内容没有改动。',
    notJson: (where: string) => `文件不是有效的 JSON${where}。`,
    at: (line: number, col: number) => `（第 ${line} 行第 ${col} 列附近）`,
    notObject: (what: string) => `文件内容应为一个 JSON 对象（{ … }），而不是${what}。`,
    empty: '文件中没有任何内容（{}）。',
    badSection: (name: string) => `“${name}”部分应为一个对象（{ … }）。`,
    mixed: (keys: string) => `文件中有本系统不认识的部分：${keys}。`,
    otherForm: (theirs: string, ours: string) => `这是“${theirs}”的数据，不是“${ours}”的。`,
    noForm: (keys: string) => `文件中的字段（${keys}）不属于任何一张表单。`,
    types: { array: '数组', string: '文本', number: '数字', boolean: '是/否', null: '空值' } as Record<string, string>,
    sep: '、',
  },
  en: {
    kept: 'Nothing you typed was changed.',
    notJson: (where: string) => `The file is not valid JSON${where}.`,
    at: (line: number, col: number) => ` (near line ${line}, column ${col})`,
    notObject: (what: string) => `The file should hold one JSON object ({ … }), not ${what}.`,
    empty: 'The file holds nothing ({}).',
    badSection: (name: string) => `The “${name}” part should be an object ({ … }).`,
    mixed: (keys: string) => `The file has parts this system does not know: ${keys}.`,
    otherForm: (theirs: string, ours: string) => `This is data of “${theirs}”, not of “${ours}”.`,
    noForm: (keys: string) => `The fields (${keys}) belong to no form.`,
    types: { array: 'an array', string: 'text', number: 'a number', boolean: 'yes/no', null: 'null' } as Record<string, string>,
    sep: ', ',
  },
};

/** Line and column of a JSON.parse error, from "position N" or "(line L column C)" in its message. */
function whereInText(text: string, error: unknown): [number, number] | undefined {
  const message = error instanceof Error ? error.message : '';
  const lc = /line (\d+) column (\d+)/.exec(message);
  if (lc) return [Number(lc[1]), Number(lc[2])];
  const pos = /position (\d+)/.exec(message);
  if (!pos) return undefined;
  const before = text.slice(0, Number(pos[1]));
  const lines = before.split('\n');
  return [lines.length, (lines[lines.length - 1]?.length ?? 0) + 1];
}

const title = (f: FormDefinition, locale: Locale) => (locale === 'en' ? f.titleEn : f.title);
const fieldsOf = (f: FormDefinition) => Object.keys((f.schema.properties as object | undefined) ?? {});

export function readImport(text: string, current: FormDefinition, locale: Locale = 'zh-CN'): ImportResult {
  const w = words[locale === 'en' ? 'en' : 'zh-CN'];
  const fail = (message: string, elsewhere?: { key: DossierKey; data: object }): ImportResult =>
    ({ ok: false, message: `${message}${w.kept}`, ...(elsewhere ? { elsewhere } : {}) });
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    const at = whereInText(text, e);
    return fail(w.notJson(at ? w.at(at[0], at[1]) : ''));
  }
  if (!isObject(value)) return fail(w.notObject(w.types[Array.isArray(value) ? 'array' : value === null ? 'null' : typeof value] ?? typeof value));
  const keys = Object.keys(value);
  if (!keys.length) return fail(w.empty);
  const sectionKeys = keys.filter((k) => (DOSSIER_KEYS as readonly string[]).includes(k));
  if (sectionKeys.length) {
    const unknown = keys.filter((k) => !sectionKeys.includes(k));
    if (unknown.length) return fail(w.mixed(unknown.join(w.sep)));
    const bad = sectionKeys.find((k) => !isObject(value[k]));
    if (bad) return fail(w.badSection(title(formForDossierKey(bad as DossierKey), locale)));
    return { ok: true, kind: 'dossier', sections: value as Partial<Record<DossierKey, object>> };
  }
  if (keys.every((k) => fieldsOf(current).includes(k))) return { ok: true, kind: 'form', key: current.dossierKey, data: value };
  const owner = listForms().find((f) => keys.every((k) => fieldsOf(f).includes(k)));
  if (owner) return fail(w.otherForm(title(owner, locale), title(current, locale)), { key: owner.dossierKey, data: value });
  return fail(w.noForm(keys.slice(0, 6).join(w.sep) + (keys.length > 6 ? '…' : '')));
}

/** The dossier after an import: imported sections replace theirs, the others stay. */
export function applyImport(dossier: Dossier, result: Extract<ImportResult, { ok: true }>): Dossier {
  return result.kind === 'dossier' ? { ...dossier, ...result.sections } : { ...dossier, [result.key]: result.data };
}
