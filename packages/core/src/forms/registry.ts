/// <reference types="vite/client" />
import documentKindsFile from '../../../../forms/document-kinds.json';
import applicationForm from '../../../../forms/application/form.json';
import applicationSchema from '../../../../forms/application/schema.json';
import applicationUi from '../../../../forms/application/uischema.json';
import applicationSample from '../../../../forms/application/sample.json';
import applicationEn from '../../../../forms/application/i18n/en.json';
import planForm from '../../../../forms/construction-plan/form.json';
import planSchema from '../../../../forms/construction-plan/schema.json';
import planUi from '../../../../forms/construction-plan/uischema.json';
import planSample from '../../../../forms/construction-plan/sample.json';
import planEn from '../../../../forms/construction-plan/i18n/en.json';
import budgetForm from '../../../../forms/budget/form.json';
import budgetSchema from '../../../../forms/budget/schema.json';
import budgetUi from '../../../../forms/budget/uischema.json';
import budgetSample from '../../../../forms/budget/sample.json';
import budgetEn from '../../../../forms/budget/i18n/en.json';
import completionForm from '../../../../forms/completion/form.json';
import completionSchema from '../../../../forms/completion/schema.json';
import completionUi from '../../../../forms/completion/uischema.json';
import completionSample from '../../../../forms/completion/sample.json';
import completionEn from '../../../../forms/completion/i18n/en.json';
import annualForm from '../../../../forms/annual-report/form.json';
import annualSchema from '../../../../forms/annual-report/schema.json';
import annualUi from '../../../../forms/annual-report/uischema.json';
import annualSample from '../../../../forms/annual-report/sample.json';
import annualEn from '../../../../forms/annual-report/i18n/en.json';
import changeForm from '../../../../forms/change-filing/form.json';
import changeSchema from '../../../../forms/change-filing/schema.json';
import changeUi from '../../../../forms/change-filing/uischema.json';
import changeSample from '../../../../forms/change-filing/sample.json';
import changeEn from '../../../../forms/change-filing/i18n/en.json';
import { GovformsError } from '../errors.js';
import type { DocumentKind, DossierKey, FormDefinition, FormId, FormTranslation, JsonSchema, Locale, UISchemaElement } from '../types.js';

interface DocumentKindEntry { const: DocumentKind; title: string; titleEn: string }
interface FormMeta { id: string; version: string; title: string; titleEn: string; dossierKey: DossierKey }

/** forms/<id>/migrations/<from>-to-<to>.json, bundled at build time (Vite) like the other form files. */
const migrationFiles = import.meta.glob<unknown>('../../../../forms/*/migrations/*.json', { eager: true, import: 'default' });

export const documentKinds = (documentKindsFile as { kinds: DocumentKindEntry[] }).kinds;

/** The Chinese (or English) name of a document kind; the id itself when unknown. */
export function documentKindLabel(kind: string, locale: Locale = 'zh-CN'): string {
  const entry = documentKinds.find((k) => k.const === kind);
  if (!entry) return kind;
  return locale === 'en' ? entry.titleEn : entry.title;
}

/** Forms point at the shared document-kind list with {"$ref": "#/definitions/documentKind"}. */
function withDocumentKinds(schema: JsonSchema): JsonSchema {
  const documentKind = { oneOf: documentKinds.map(({ const: c, title }) => ({ const: c, title })) };
  const definitions = { ...(schema.definitions as object | undefined), documentKind };
  return { ...schema, definitions };
}

function define(meta: unknown, schema: unknown, uischema: unknown, sample: unknown, en: unknown): FormDefinition {
  const m = meta as FormMeta;
  return {
    id: m.id,
    version: m.version,
    title: m.title,
    titleEn: m.titleEn,
    dossierKey: m.dossierKey,
    schema: withDocumentKinds(schema as JsonSchema),
    uischema: uischema as UISchemaElement,
    sample: sample as Record<string, unknown>,
    translations: { en: en as FormTranslation },
  };
}

const forms: readonly FormDefinition[] = [
  define(applicationForm, applicationSchema, applicationUi, applicationSample, applicationEn),
  define(planForm, planSchema, planUi, planSample, planEn),
  define(budgetForm, budgetSchema, budgetUi, budgetSample, budgetEn),
  define(completionForm, completionSchema, completionUi, completionSample, completionEn),
  define(annualForm, annualSchema, annualUi, annualSample, annualEn),
  define(changeForm, changeSchema, changeUi, changeSample, changeEn),
];

export function listForms(): FormDefinition[] {
  return [...forms];
}

export function findForm(id: unknown): FormDefinition | undefined {
  return forms.find((f) => f.id === id);
}

export function getForm(id: FormId): FormDefinition {
  const form = findForm(id);
  if (!form) {
    const known = forms.map((f) => f.id).join('、');
    throw new GovformsError(`未知的表单：“${String(id)}”。可用的表单有：${known}`, 'unknown-form');
  }
  return form;
}

/** The form that holds a dossier section, e.g. 'constructionPlan' → construction-plan. */
export function formForDossierKey(key: DossierKey): FormDefinition {
  const form = forms.find((f) => f.dossierKey === key);
  if (!form) throw new GovformsError(`未知的材料分项：“${key}”`, 'unknown-section');
  return form;
}

/** Every form's sample assembled into one dossier: the compliant example project. */
export function sampleDossier(): Record<DossierKey, Record<string, unknown>> {
  const d = {} as Record<DossierKey, Record<string, unknown>>;
  for (const f of forms) d[f.dossierKey] = structuredClone(f.sample);
  return d;
}

/**
 * A form's migration files as stored ("forms/annual-report/migrations/1.0.0-to-2.0.0.json"),
 * unchecked: drafts/migrations.ts reads and checks them.
 */
export function formMigrationFiles(id: FormId): { file: string; content: unknown }[] {
  const prefix = `../../../../forms/${id}/migrations/`;
  return Object.entries(migrationFiles)
    .filter(([path]) => path.startsWith(prefix))
    .map(([path, content]) => ({ file: path.slice('../../../../'.length), content }));
}
