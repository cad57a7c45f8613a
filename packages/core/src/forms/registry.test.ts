import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { sumBudgetFen } from '../budget.js';
import { GovformsError } from '../errors.js';
import { yuanToFen } from '../money.js';
import { createAjv } from '../validation/ajv.js';
import { validateForm } from '../validation/validate-form.js';
import { documentKinds } from './built-in.js';
import { checkDefinition } from './check-definition.js';
import { formMigrationFiles, getForm, listForms, sampleDossier } from './registry.js';

type Node = Record<string, unknown>;
const formsDir = new URL('../../../../forms/', import.meta.url);

/** Properties without a title, as JSON Pointers into the schema. */
function untitled(schema: unknown, at = ''): string[] {
  if (!schema || typeof schema !== 'object') return [];
  const s = schema as Node;
  const out: string[] = [];
  const props = s.properties as Record<string, Node> | undefined;
  for (const [k, v] of Object.entries(props ?? {})) {
    if (typeof v.title !== 'string' && Object.keys(v).length > 0) out.push(`${at}/${k}`);
    out.push(...untitled(v, `${at}/${k}`));
  }
  if (s.items) out.push(...untitled(s.items, `${at}/items`));
  return out;
}

describe.each(listForms().map((f) => [f.id, f] as const))('form %s', (id, form) => {
  test('compiles in Ajv strict mode with the govforms formats', () => {
    expect(() => createAjv({ strict: true }).compile(form.schema)).not.toThrow();
  });
  test('its sample validates', () => {
    expect(validateForm(id, form.sample).errors).toEqual([]);
  });
  test('is a stepper of Chinese-titled steps; every scope resolves and every i18n key names something', () => {
    expect(form.uischema.type).toBe('Categorization');
    const steps = form.uischema.elements as Node[];
    expect(steps.length).toBeGreaterThan(1);
    for (const step of steps) expect(String(step.label)).toMatch(/[\u4e00-\u9fff]/);
    const others = listForms().filter((f) => f !== form);
    const migrations = formMigrationFiles(form.id).map((m) => m.file.split('/').pop()!.replace(/\.json$/, ''));
    const meta = { id: form.id, version: form.version, title: form.title, dossierKey: form.dossierKey };
    const { problems } = checkDefinition({ form: meta, schema: form.schema, uischema: form.uischema, i18n: form.i18n, migrations }, others);
    expect(problems).toEqual([]);
    expect(JSON.stringify(form.uischema).match(/"type":"Control"/g)?.length ?? 0).toBeGreaterThan(0);
  });
  test('every field has a title, and the form has a version and a changelog', () => {
    expect(untitled(form.schema)).toEqual([]);
    expect(form.version).toMatch(/^\d+\.\d+\.\d+$/);
    expect(readFileSync(new URL(`${id}/CHANGELOG.md`, formsDir), 'utf8')).toContain(form.version);
  });
});

test('the forms the public contract names are all there', () => {
  expect(listForms().map((f) => f.id)).toEqual(
    expect.arrayContaining(['application', 'construction-plan', 'budget', 'completion', 'annual-report']),
  );
});

test('the application form holds every field the rules read, under its exact name', () => {
  const props = getForm('application').schema.properties as Node;
  for (const key of ['projectName', 'applicant', 'supervisingAuthority', 'projectType', 'fundingSources', 'totalInvestment',
    'planYear', 'submittedOn', 'mandatedThisYear', 'inPlan', 'urgent', 'keyProject', 'classified', 'crossDepartment',
    'leadDepartment', 'coBuilders', 'deployment', 'cloudSecurityAssessed', 'includes', 'platformIntegration', 'dataSharing',
    'hasDataResources', 'attachments']) {
    expect(props, key).toHaveProperty(key);
  }
});

test('document-kind checklists offer exactly the document kinds of DOMAIN.md', () => {
  const defs = getForm('completion').schema.definitions as Node;
  const options = ((defs.documentKind as Node).oneOf as Node[]).map((o) => o.const);
  expect(options).toEqual(documentKinds.map((k) => k.const));
  expect(options).toHaveLength(22);
});

test('the sample dossier is one consistent project: the budget adds up to the total investment', () => {
  const d = sampleDossier();
  expect(sumBudgetFen(d.budget).totalFen).toBe(yuanToFen(d.application.totalInvestment));
});

test('getForm names the unknown id and the known ones in Chinese', () => {
  expect(() => getForm('nope')).toThrow(GovformsError);
  expect(() => getForm('nope')).toThrow(/未知的表单：“nope”.*application/);
});
