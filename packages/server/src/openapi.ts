/**
 * The OpenAPI 3.1 document (GET /openapi.json): @fastify/swagger reads the routes, and the form
 * schemas become components, so the document follows forms/ without being written by hand.
 */
import { dossierKeys, findFormForDossierKey, formTitle, listForms, SOURCE_LOCALE } from '@govforms/core';

export const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });

/**
 * The form schemas as components. A form's definitions ("#/definitions/documentKind") become
 * components of their own, shared when forms define them alike, and its references follow.
 */
function formComponents(): Record<string, object> {
  const out: Record<string, object> = {};
  for (const form of listForms()) {
    const { definitions = {}, ...schema } = form.schema as { definitions?: Record<string, object> };
    const names = new Map<string, string>();
    for (const [name, definition] of Object.entries(definitions)) {
      const same = out[name] !== undefined && JSON.stringify(out[name]) === JSON.stringify(withRefs(definition, names));
      const component = out[name] === undefined || same ? name : `${form.id}.${name}`;
      names.set(name, component);
    }
    for (const [name, definition] of Object.entries(definitions)) out[names.get(name)!] = withRefs(definition, names);
    out[form.id] = withRefs(schema, names);
  }
  return out;
}

/** A schema whose "#/definitions/x" references point at their components; its $schema (draft-07) dropped: the document's dialect applies. */
function withRefs(node: unknown, names: ReadonlyMap<string, string>): object {
  const rewrite = (n: unknown): unknown => {
    if (Array.isArray(n)) return n.map(rewrite);
    if (typeof n !== 'object' || n === null) return n;
    const out: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(n)) {
      if (key === '$schema') continue;
      const local = key === '$ref' && typeof value === 'string' ? /^#\/definitions\/(.+)$/.exec(value) : null;
      out[key] = local ? `#/components/schemas/${names.get(local[1]!) ?? local[1]}` : rewrite(value);
    }
    return out;
  };
  return rewrite(node) as object;
}

const problem = {
  type: 'object',
  required: ['error'],
  properties: {
    error: {
      type: 'object',
      required: ['code', 'message'],
      properties: {
        code: { type: 'string', description: 'Stable machine-readable code, e.g. invalid-json, unknown-form, busy' },
        message: { type: 'string', description: 'For people: zh-CN, or English with Accept-Language: en' },
        path: { type: 'string', description: 'JSON Pointer of the offending value, when there is one' },
      },
    },
  },
};

const validationError = {
  type: 'object',
  required: ['path', 'keyword', 'label', 'message'],
  properties: {
    path: { type: 'string', description: 'JSON Pointer into the data' },
    keyword: { type: 'string' },
    label: { type: 'string', description: 'The field, e.g. 费用明细第3项·金额（元）' },
    message: { type: 'string', description: 'What is wrong, e.g. 应为数字' },
  },
};

const finding = {
  type: 'object',
  required: ['ruleId', 'article', 'severity', 'message'],
  properties: {
    ruleId: { type: 'string' },
    article: { type: 'integer', description: 'Article of 宿政办发〔2024〕45号' },
    severity: { enum: ['error', 'warning', 'info'] },
    message: { type: 'string' },
    path: { type: 'string' },
    requires: { type: 'array', items: { type: 'string' }, description: 'Document kinds the finding asks for' },
  },
};

const stage = {
  type: 'object',
  required: ['id', 'article', 'status', 'title', 'message'],
  properties: {
    id: { type: 'string', description: 'e.g. approval, acceptance, self-evaluation-2025' },
    title: { type: 'string', description: 'The stage’s name in the requested language, e.g. 组织竣工验收' },
    article: { type: 'integer' },
    status: { enum: ['done', 'due', 'overdue', 'not-yet', 'not-applicable'] },
    date: { type: 'string', format: 'date', description: 'When it happened' },
    dueOn: { type: 'string', format: 'date', description: 'Its deadline, or when a period ends' },
    requires: { type: 'array', items: { type: 'string' } },
    message: { type: 'string' },
  },
};

const validationResult = {
  type: 'object',
  required: ['valid', 'errors'],
  properties: { form: { type: 'string' }, version: { type: 'string' }, valid: { type: 'boolean' }, errors: { type: 'array', items: ref('ValidationError') } },
};

const dossierReport = {
  type: 'object',
  required: ['today', 'valid', 'unknownSections', 'sections', 'findings', 'summary', 'digest', 'rulesVersion'],
  properties: {
    today: { type: 'string', format: 'date' },
    valid: { type: 'boolean', description: 'Every section matches its form and no key is unknown' },
    unknownSections: { type: 'array', items: { type: 'string' } },
    sections: {
      type: 'object',
      additionalProperties: {
        allOf: [ref('ValidationResult'), { type: 'object', properties: { title: { type: 'string' } } }],
      },
    },
    findings: { type: 'array', items: ref('Finding') },
    summary: {
      type: 'object',
      properties: { error: { type: 'integer' }, warning: { type: 'integer' }, info: { type: 'integer' } },
    },
    digest: {
      type: 'string', pattern: '^[0-9a-f]{64}$',
      description: 'SHA-256 of the dossier’s canonical JSON (RFC 8785); every generated document and workbook records the same digest',
    },
    rulesVersion: { type: 'string', description: 'Version of the rule catalogue that made the findings' },
  },
};

/** Components: one schema per form (named by its id), the dossier made of them, and the answers. */
export function openApiComponents(): Record<string, object> {
  const dossier = {
    type: 'object',
    description: 'A project dossier: one section per form (dossier key → form)',
    properties: Object.fromEntries(dossierKeys().flatMap((key) => {
      const form = findFormForDossierKey(key);
      return form ? [[key, { ...ref(form.id), description: formTitle(form, SOURCE_LOCALE) }]] : [];
    })),
  };
  return {
    ...formComponents(),
    Dossier: dossier,
    Problem: problem,
    ValidationError: validationError,
    ValidationResult: validationResult,
    Finding: finding,
    DossierReport: dossierReport,
    Stage: stage,
  };
}

export function openApiDocument(version: string) {
  return {
    openapi: '3.1.0',
    info: {
      title: 'govforms',
      version,
      description: '宿迁市市级信息化项目（宿政办发〔2024〕45号）申报材料的校验、审核要点、Word 文档与 Excel 预算表。'
        + ' Errors are { error: { code, message, path? } } in zh-CN; send Accept-Language: en for English.',
    },
    components: {
      schemas: openApiComponents(),
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer', description: 'Only when the service is started with GOVFORMS_TOKEN' } },
    },
    security: [{ bearer: [] }, {}],
  };
}

const PROBLEM_STATUSES = ['400', '401', '404', '405', '413', '415', '422', '500', '503'] as const;

/** The error answers every route may give, as documented responses. */
export function problemResponses(): Record<string, object> {
  return Object.fromEntries(PROBLEM_STATUSES.map((s) => [s, { description: `Error ${s}`, content: { 'application/json': { schema: ref('Problem') } } }]));
}
