/**
 * An unfinished dossier made fit to print as a draft (草稿): what the applicant typed is kept,
 * values that do not match their form (总投资 "abc", 申报日期 "2024-13-45") are set aside so a
 * document never prints them as if they were right, and every gap is listed, labelled as
 * validation labels it ("费用明细第14项·名称：不能为空"), for the document's 草稿 list.
 */
import { getAt, parsePointer, deleteAt } from './drafts/json-pointer.js';
import { formTitle } from './forms/labels.js';
import { findFormForDossierKey } from './forms/registry.js';
import { coreMessages } from './i18n/core-messages.js';
import { hasEnteredValue, isPlainObject } from './read.js';
import type { Dossier, DossierKey, Locale } from './types.js';
import { validateForm } from './validation/validate-form.js';

export interface DraftGap {
  /** Dossier-level JSON Pointer ("/budget/items/13/name"). */
  path: string;
  /** The form's title and the field as the form names it ("项目申报表·总投资（元）"), or the title alone for a whole section. */
  label: string;
  message: string;
}

export interface DraftDossier {
  dossier: Dossier;
  /** Empty when the sections are complete and valid: then the document need not be a draft. */
  gaps: DraftGap[];
}

/** Keywords about a missing value or a whole list: nothing there to set aside. */
const KEEP = new Set(['required', 'minItems', 'maxItems', 'uniqueItems', 'additionalProperties', 'minProperties']);

/**
 * The sections `keys` of `dossier` (those a document is made from) checked against their
 * forms: a copy with the values that do not match set aside, and the list of what is missing
 * or wrong. A section not filled in at all is one gap ("预算明细：尚未填写").
 */
export function draftDossier(dossier: Dossier, keys: readonly DossierKey[], opts: { locale?: Locale } = {}): DraftDossier {
  const { locale } = opts;
  const copy: Record<string, unknown> = structuredClone(isPlainObject(dossier) ? dossier : {});
  const gaps: DraftGap[] = [];
  for (const key of keys) {
    const form = findFormForDossierKey(key);
    if (!form) continue;
    const data = copy[key];
    if (!hasEnteredValue(data)) {
      gaps.push({ path: `/${key}`, label: formTitle(form, locale), message: coreMessages(locale).draft.notFilled() });
      continue;
    }
    if (!isPlainObject(data)) {
      delete copy[key];
      gaps.push({ path: `/${key}`, label: formTitle(form, locale), message: coreMessages(locale).validation.type.object() });
      continue;
    }
    const title = formTitle(form, locale);
    const separator = coreMessages(locale).words.pathSeparator();
    for (const e of validateForm(form.id, data, { locale }).errors) {
      gaps.push({ path: `/${key}${e.path}`, label: `${title}${separator}${e.label}`, message: e.message });
      const segs = parsePointer(e.path);
      if (!segs || KEEP.has(e.keyword)) continue;
      const at = getAt(data, segs);
      if (at.found && !isPlainObject(at.value) && !Array.isArray(at.value)) deleteAt(data, segs);
    }
  }
  return { dossier: copy as Dossier, gaps };
}
