/**
 * A form's own words (field titles, descriptions, option and step labels) in the locale, through
 * JSON Forms' i18n. GovForm passes `formTranslator(form, locale)` to `<JsonForms i18n>`; JSON Forms
 * then asks it for every control's label and description (keys "<path>.label" and
 * "<path>.description", the data path without array indices, e.g. "dataSharing.catalog.name.label")
 * and for every layout's label (key: the label as the uischema has it, e.g. "单位信息"). Our
 * renderers ask the same translator (useTranslator) for what JSON Forms leaves to them, such as
 * step titles. Core's translateFormKey answers each key from the form's i18n files; a key it
 * has no word for keeps the schema's text.
 */
import { i18nKeyOf, isPlainObject, translateFormKey, type FormDefinition, type Locale } from '@govforms/core';
import { createTranslator, defaultTranslator, type Translator } from '@jsonforms/core';
import { useJsonForms } from '@jsonforms/react';

const cache = new WeakMap<FormDefinition, Map<Locale, Translator>>();

/** JSON Forms' translator for a form in a locale (one per form and locale, so it stays stable). */
export function formTranslator(form: FormDefinition, locale: Locale): Translator {
  let byLocale = cache.get(form);
  if (!byLocale) cache.set(form, (byLocale = new Map()));
  let t = byLocale.get(locale);
  if (!t) {
    t = createTranslator((id, sourceText) => translateFormKey(form, id, sourceText, locale));
    byLocale.set(locale, t);
  }
  return t;
}

/** The translator GovForm gave JSON Forms (the identity outside GovForm). */
export function useTranslator(): Translator {
  return useJsonForms().i18n?.translate ?? defaultTranslator;
}

/**
 * What one entry of the list at `pointer` is called ("数据项 第 1 项", "添加数据项"): the
 * items' own title from the schema. The form's i18n files name lists, not their entries, so
 * where they have a word for the list, an entry is named by the list's (translated) label.
 */
export function itemTitleOf(form: FormDefinition | undefined, pointer: string, items: unknown, label: string, locale: Locale): string {
  const listTranslated = form !== undefined && translateFormKey(form, `${i18nKeyOf(pointer)}.label`, label, locale) !== undefined;
  const title = isPlainObject(items) && typeof items.title === 'string' ? items.title : undefined;
  return listTranslated || title === undefined ? label : title;
}
