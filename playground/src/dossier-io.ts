/**
 * Reading an imported JSON file. Whatever the file holds, the answer is a result, never an
 * exception: a dossier (sections to replace), one form's data, or a message saying what is
 * wrong — and, for another form's data, which form it belongs to.
 */
import {
  dossierKeys, fieldTitle, formForDossierKey, formTitle, isPlainObject, jsonErrorPosition, listForms, words, type Dossier, type DossierKey, type FormDefinition, type Locale,
} from '@govforms/core';
import { messagesFor } from './messages.js';

export type ImportResult =
  | { ok: true; kind: 'dossier'; sections: Partial<Record<DossierKey, object>> }
  | { ok: true; kind: 'form'; key: DossierKey; data: object }
  | { ok: false; message: string; /** The data fits another form: offer to import it there. */ elsewhere?: { key: DossierKey; data: object } };

/** What JSON.parse gave when it is not an object: an array, text, a number, true/false or null. */
const valueTypeOf = (v: unknown) => (Array.isArray(v) ? 'array' : v === null ? 'null' : typeof v) as 'array' | 'string' | 'number' | 'boolean' | 'null';

const fieldsOf = (f: FormDefinition) => Object.keys((f.schema.properties as object | undefined) ?? {});

/**
 * The first list of a form's data longer than the form allows (its maxItems), as a message:
 * refused at once, before a page tries to show 100,001 budget rows.
 */
function tooManyRows(form: FormDefinition, data: object, locale: Locale): string | undefined {
  const properties = (form.schema.properties ?? {}) as Record<string, { maxItems?: unknown }>;
  for (const [key, schema] of Object.entries(properties)) {
    const list = (data as Record<string, unknown>)[key];
    if (typeof schema.maxItems === 'number' && Array.isArray(list) && list.length > schema.maxItems) {
      return messagesFor(locale).import.tooManyRows({
        form: formTitle(form, locale), field: fieldTitle(form, `/${key}`, locale), max: schema.maxItems, count: list.length,
      });
    }
  }
  return undefined;
}

export function readImport(text: string, current: FormDefinition, locale: Locale = 'zh-CN'): ImportResult {
  const m = messagesFor(locale).import;
  const list = (keys: string[]) => keys.join(words(locale).listSeparator());
  const fail = (problem: string, elsewhere?: { key: DossierKey; data: object }): ImportResult =>
    ({ ok: false, message: m.refused({ problem }), ...(elsewhere ? { elsewhere } : {}) });
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    const at = jsonErrorPosition(text, e);
    return fail(at ? m.notJsonAt(at) : m.notJson());
  }
  if (!isPlainObject(value)) return fail(m.notObject({ what: m.valueType[valueTypeOf(value)]() }));
  const keys = Object.keys(value);
  if (!keys.length) return fail(m.empty());
  const sections: readonly string[] = dossierKeys();
  const sectionKeys = keys.filter((k) => sections.includes(k));
  if (sectionKeys.length) {
    const unknown = keys.filter((k) => !sectionKeys.includes(k));
    if (unknown.length) return fail(m.unknownParts({ keys: list(unknown) }));
    const bad = sectionKeys.find((k) => !isPlainObject(value[k]));
    if (bad) return fail(m.badSection({ form: formTitle(formForDossierKey(bad), locale) }));
    for (const k of sectionKeys) {
      const tooMany = tooManyRows(formForDossierKey(k), value[k] as object, locale);
      if (tooMany) return fail(tooMany);
    }
    return { ok: true, kind: 'dossier', sections: value as Partial<Record<DossierKey, object>> };
  }
  if (keys.every((k) => fieldsOf(current).includes(k))) {
    const tooMany = tooManyRows(current, value, locale);
    return tooMany ? fail(tooMany) : { ok: true, kind: 'form', key: current.dossierKey, data: value };
  }
  const owner = listForms().find((f) => keys.every((k) => fieldsOf(f).includes(k)));
  if (owner) return fail(m.otherForm({ theirs: formTitle(owner, locale), ours: formTitle(current, locale) }), { key: owner.dossierKey, data: value });
  return fail(m.noForm({ keys: keys.length > 6 ? m.more({ keys: list(keys.slice(0, 6)) }) : list(keys) }));
}

/** The dossier after an import: imported sections replace theirs, the others stay. */
export function applyImport(dossier: Dossier, result: Extract<ImportResult, { ok: true }>): Dossier {
  return result.kind === 'dossier' ? { ...dossier, ...result.sections } : { ...dossier, [result.key]: result.data };
}
