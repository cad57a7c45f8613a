/**
 * A form's own words (field titles, descriptions, option and step labels) in the locale, through
 * JSON Forms' i18n. GovForm passes `formTranslator(form, locale)` to `<JsonForms i18n>`; JSON Forms
 * then asks it for every control's label and description (keys "<path>.label" and
 * "<path>.description", the data path without array indices, e.g. "dataSharing.catalog.name.label")
 * and for every layout's label (key: the label as the uischema has it, e.g. "单位信息"). Our
 * renderers ask the same translator (useTranslator) for what JSON Forms leaves to them: option
 * labels ("<path>.<value>", as JSON Forms' enum mapper builds them), step titles and budget
 * column headers.
 *
 * The schemas are written in zh-CN, so zh-CN is JSON Forms' default translator (each text as the
 * schema has it); other locales read core's `form.translations[locale]` and, for document kinds,
 * core's `documentKinds`. A text without a translation keeps the schema's.
 */
import { documentKinds, type FormDefinition, type FormTranslation, type Locale } from '@govforms/core';
import { createTranslator, defaultTranslator, transformPathToI18nPrefix, type Translator } from '@jsonforms/core';
import { useJsonForms } from '@jsonforms/react';

/** The language the schemas' titles and descriptions are written in. */
export const SOURCE_LOCALE = 'zh-CN' satisfies Locale;

type Translated = Exclude<Locale, typeof SOURCE_LOCALE>;

const own = (table: Readonly<Record<string, string>>, key: string): string | undefined =>
  (Object.hasOwn(table, key) ? table[key] : undefined);

type DocumentKindEntry = (typeof documentKinds)[number];
const documentKindTitles: Record<Translated, (k: DocumentKindEntry) => string> = { en: (k) => k.titleEn };

/** A document-kind option ("attachments.feasibility-study" titled 可行性研究报告) by core's list. */
function documentKindTitle(id: string, sourceText: string | undefined, locale: Translated): string | undefined {
  const kind = documentKinds.find((k) => k.title === sourceText && id.endsWith(`.${k.const}`));
  return kind ? documentKindTitles[locale](kind) : undefined;
}

/** The translation of one JSON Forms i18n key, if the form's translations have it. */
function lookUp(words: FormTranslation, id: string, sourceText: string | undefined, locale: Translated): string | undefined {
  const dot = id.lastIndexOf('.');
  if (dot > 0) {
    const path = id.slice(0, dot);
    const what = id.slice(dot + 1);
    const text = what === 'label' ? own(words.fields, path) : what === 'description' ? own(words.descriptions, path) : undefined;
    if (text !== undefined) return text;
  }
  return own(words.options, id) ?? own(words.steps, id) ?? documentKindTitle(id, sourceText, locale);
}

const cache = new WeakMap<FormDefinition, Map<Locale, Translator>>();

/** JSON Forms' translator for a form in a locale (one per form and locale, so it stays stable). */
export function formTranslator(form: FormDefinition, locale: Locale): Translator {
  if (locale === SOURCE_LOCALE) return defaultTranslator;
  let byLocale = cache.get(form);
  if (!byLocale) cache.set(form, (byLocale = new Map()));
  let t = byLocale.get(locale);
  if (!t) {
    const words = form.translations[locale];
    t = createTranslator((id, sourceText) => lookUp(words, id, sourceText, locale));
    byLocale.set(locale, t);
  }
  return t;
}

/** The translator GovForm gave JSON Forms (the identity outside GovForm). */
export function useTranslator(): Translator {
  return useJsonForms().i18n?.translate ?? defaultTranslator;
}

/** Where a control's option labels are looked up: "<prefix>.<value>". */
export interface OptionI18n { t: Translator; prefix: string }

/** The option lookup of a control, from its JSON Forms props. */
export function useOptionI18n(props: { i18nKeyPrefix?: string | undefined; path: string }): OptionI18n {
  const t = useTranslator();
  return { t, prefix: props.i18nKeyPrefix ?? transformPathToI18nPrefix(props.path) };
}

/**
 * What one entry of a list is called ("数据项 第 1 项", "添加数据项"): the items' own title in
 * the schemas' language. Translations name the list, not its entries, so in another locale an
 * entry is named by the list's (translated) label.
 */
export function itemTitleOf(items: unknown, label: string, locale: Locale): string {
  const title = items && typeof items === 'object' ? (items as { title?: unknown }).title : undefined;
  return locale === SOURCE_LOCALE && typeof title === 'string' ? title : label;
}
