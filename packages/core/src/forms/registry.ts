/**
 * The form registry: the built-in forms (data folders under forms/, see built-in.ts) and the
 * forms a portal registers at run time (register-form.ts). Everything that asks "which forms
 * are there, where does a form's data sit in a dossier" asks here.
 */
import { GovformsError } from '../errors.js';
import { byCanonicalLocale } from '../i18n/catalogue.js';
import { coreMessages } from '../i18n/core-messages.js';
import type { DossierKey, FormDefinition, FormFiles, FormId, JsonSchema, Locale, UISchemaElement } from '../types.js';
import { builtInFormFiles, builtInMigrationFiles, documentKinds } from './built-in.js';
import { withDocumentKinds } from './document-kinds.js';

interface FormMeta { id: string; version: string; title: string; dossierKey: string; order?: number }


/** A form definition from its (already checked) files. */
export function defineForm(files: FormFiles, builtIn: boolean): FormDefinition {
  const meta = files.form as FormMeta;
  return {
    id: meta.id,
    version: meta.version,
    title: meta.title,
    dossierKey: meta.dossierKey,
    schema: withDocumentKinds(files.schema as JsonSchema, documentKinds),
    uischema: files.uischema as UISchemaElement,
    sample: (files.sample ?? {}) as Record<string, unknown>,
    // Keyed by canonical tag, as lookups ask (i18n/qps-ploc.json serves "qps-Ploc").
    i18n: Object.fromEntries(byCanonicalLocale(Object.entries(files.i18n ?? {}))) as FormDefinition['i18n'],
    builtIn,
  };
}

function builtInForms(): FormDefinition[] {
  const entries = [...builtInFormFiles().values()];
  const order = (f: FormFiles) => (f.form as FormMeta).order ?? Number.MAX_SAFE_INTEGER;
  entries.sort((a, b) => order(a) - order(b) || (a.form as FormMeta).id.localeCompare((b.form as FormMeta).id));
  return entries.map((files) => defineForm(files, true));
}

const forms: FormDefinition[] = builtInForms();

export function listForms(): FormDefinition[] {
  return [...forms];
}

export function findForm(id: unknown): FormDefinition | undefined {
  return forms.find((f) => f.id === id);
}

/** The form with this id; a GovformsError naming the known forms (in `locale`, default zh-CN) otherwise. */
export function getForm(id: FormId, locale?: Locale): FormDefinition {
  const form = findForm(id);
  if (!form) {
    const m = coreMessages(locale);
    const known = forms.map((f) => f.id).join(m.words.listSeparator());
    throw new GovformsError(m.forms.unknownForm({ id: String(id), known }), 'unknown-form');
  }
  return form;
}

/** The form whose data sits under a dossier key, if any. */
export function findFormForDossierKey(key: unknown): FormDefinition | undefined {
  return forms.find((f) => f.dossierKey === key);
}

/** The form that holds a dossier section, e.g. 'constructionPlan' → construction-plan. */
export function formForDossierKey(key: DossierKey): FormDefinition {
  const form = findFormForDossierKey(key);
  if (!form) throw new GovformsError(coreMessages().forms.unknownSection({ key: String(key) }), 'unknown-section');
  return form;
}

/** The sections a dossier may have, one per form, in the forms' order. */
export function dossierKeys(): DossierKey[] {
  return forms.map((f) => f.dossierKey);
}

/** Every form's sample assembled into one dossier: the compliant example project. */
export function sampleDossier(): Record<DossierKey, Record<string, unknown>> {
  const d = {} as Record<DossierKey, Record<string, unknown>>;
  for (const f of forms) if (f.builtIn) d[f.dossierKey] = structuredClone(f.sample);
  return d;
}

/** Adds a checked form (register-form.ts checks it first). */
export function addForm(form: FormDefinition): void {
  forms.push(form);
}

/** A form's migration files as stored ("forms/annual-report/migrations/1.0.0-to-2.0.0.json"), unchecked. */
export function formMigrationFiles(id: FormId): { file: string; content: unknown }[] {
  return findForm(id)?.builtIn ? builtInMigrationFiles(id) : [];
}
