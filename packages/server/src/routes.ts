/** The endpoints of DESIGN.md: the library's functions over HTTP, with the same results. */
import {
  dossierReport, formTitle, getForm, GovformsError, isIsoDate, listForms, projectTimeline, todayInChina, validateForm, type Dossier,
} from '@govforms/core';
import { getTemplate, templateTitle } from '@govforms/docx';
import { create as contentDisposition } from 'content-disposition';
import type { FastifyInstance, FastifyReply, FastifyRequest, RouteOptions } from 'fastify';
import { serverMessages } from './messages.js';
import { DOCX_TYPE, ref, XLSX_TYPE } from './openapi.js';
import { HttpProblem } from './problems.js';
import { RenderRefused, type RenderPool } from './render-pool.js';
import type { RenderResult, RenderTask } from './render-worker.js';
import { requestLocale } from './request-locale.js';

/** What a route takes as its body: any JSON, a dossier (object), dossiers (array), or .xlsx bytes. */
export type BodyKind = 'json' | 'dossier' | 'dossiers' | 'xlsx';

export interface RouteDoc {
  summary: string;
  description?: string;
  tags: string[];
  body?: object;
  response?: Record<string, object>;
}

const RETRY_AFTER_SECONDS = 2;
const json = (schema: object, description = 'OK') => ({ description, content: { 'application/json': { schema } } });
const bytes = (type: string, description: string) => ({ description, content: { [type]: { schema: { type: 'string', format: 'binary' } } } });
const jsonBody = (schema: object) => ({ content: { 'application/json': { schema } } });
const dossierBody = jsonBody(ref('Dossier'));
const todayQuery = {
  type: 'object',
  properties: { today: { type: 'string', description: '“Today” for deadlines, YYYY-MM-DD (default: today in China)' } },
};
const idParams = (name: string, description: string) => ({
  type: 'object', required: [name], properties: { [name]: { type: 'string', description } },
});

const t = (request: FastifyRequest) => serverMessages(requestLocale(request)).errors;

/** A form or template looked up by id: the library's "unknown …" error (naming the known ones) becomes a 404. */
function found<T>(lookup: () => T): T {
  try {
    return lookup();
  } catch (e) {
    if (e instanceof GovformsError) throw new HttpProblem(404, e.code, e.message);
    throw e;
  }
}

function todayOf(request: FastifyRequest): string {
  const { today } = request.query as { today?: string };
  if (today === undefined) return todayInChina();
  if (!isIsoDate(today)) throw new HttpProblem(400, 'invalid-today', t(request).badToday({ today: String(today) }));
  return today;
}

function needBody(request: FastifyRequest): void {
  const body = request.body;
  const xlsx = request.routeOptions.config.body === 'xlsx';
  if (body === undefined || (xlsx && Buffer.isBuffer(body) && body.byteLength === 0)) {
    throw new HttpProblem(400, 'empty-body', xlsx ? t(request).emptyWorkbook() : t(request).emptyBody());
  }
}

/** The dossier routes' one check of the body's shape (a dossier, or an array of them), after any 404 of the route's own. */
function needShape(request: FastifyRequest): void {
  const body = request.body;
  const dossiers = request.routeOptions.config.body === 'dossiers';
  const ok = dossiers ? Array.isArray(body) : typeof body === 'object' && body !== null && !Array.isArray(body);
  if (!ok) throw new HttpProblem(400, 'invalid-body', dossiers ? t(request).dossiersNotArray() : t(request).dossierNotObject(), '');
}

/** Runs a render in the pool; a full queue or a render that takes too long is a 503 with Retry-After. */
async function render(pool: RenderPool, request: FastifyRequest, task: RenderTask): Promise<RenderResult & { ok: true }> {
  let result: RenderResult;
  try {
    result = await pool.run(task);
  } catch (e) {
    // Handing the dossier to a worker copies it: JSON nested thousands deep overflows the stack there.
    if (e instanceof RangeError) throw new HttpProblem(400, 'too-deep', t(request).tooDeep(), '');
    if (!(e instanceof RenderRefused)) throw e;
    const words = t(request);
    const message = e.reason === 'busy' ? words.busy({ seconds: RETRY_AFTER_SECONDS }) : words.renderTimeout({ seconds: pool.timeoutMs / 1000 });
    throw new HttpProblem(503, e.reason === 'busy' ? 'busy' : 'render-timeout', message, undefined, { 'retry-after': String(RETRY_AFTER_SECONDS) });
  }
  if (!result.ok) throw new HttpProblem(422, result.code, result.message, result.path);
  return result;
}

function sendFile(reply: FastifyReply, data: Uint8Array, type: string, filename: string, fallback: string) {
  return reply.type(type).header('content-disposition', contentDisposition(filename, { fallback })).send(Buffer.from(data.buffer, data.byteOffset, data.byteLength));
}

/** Registers every endpoint; gives back their URLs and methods (for the 405 answers). */
export function registerRoutes(app: FastifyInstance, pool: RenderPool): { url: string; method: string }[] {
  const routes: RouteOptions[] = [
    {
      method: 'GET', url: '/healthz',
      config: { doc: { summary: 'Liveness and readiness', tags: ['service'], response: { 200: json({ type: 'object' }) } } },
      handler: async () => ({ status: 'ok', pool: pool.stats() }),
    },
    {
      method: 'GET', url: '/openapi.json',
      config: { doc: { summary: 'This OpenAPI 3.1 document', tags: ['service'], response: { 200: json({ type: 'object' }) } } },
      handler: async () => app.swagger(),
    },
    {
      method: 'GET', url: '/v1/forms',
      config: { doc: { summary: 'The forms: id, version, title, dossier key', tags: ['forms'], response: { 200: json({ type: 'array', items: { type: 'object' } }) } } },
      handler: async (request) => {
        const locale = requestLocale(request);
        return listForms().map((f) => ({ id: f.id, version: f.version, title: formTitle(f, locale), dossierKey: f.dossierKey }));
      },
    },
    {
      method: 'GET', url: '/v1/forms/:id',
      schema: { params: idParams('id', 'Form id, e.g. application') },
      config: { doc: { summary: 'One form: its JSON Schema, UI schema, sample and translations', tags: ['forms'], response: { 200: json({ type: 'object' }) } } },
      handler: async (request) => {
        const locale = requestLocale(request);
        const f = found(() => getForm((request.params as { id: string }).id, locale));
        return { id: f.id, version: f.version, title: formTitle(f, locale), dossierKey: f.dossierKey, schema: f.schema, uischema: f.uischema, sample: f.sample, i18n: f.i18n };
      },
    },
    {
      method: 'POST', url: '/v1/forms/:id/validate',
      schema: { params: idParams('id', 'Form id, e.g. application') },
      config: {
        body: 'json',
        doc: {
          summary: 'Validates one form’s data (validateForm)', tags: ['forms'],
          description: 'The body is the form’s data (any JSON: what is wrong is in the answer, status 200). Errors carry the field’s label and the message apart.',
          body: jsonBody({ description: 'The form’s data, e.g. the application section of a dossier' }),
          response: { 200: json(ref('ValidationResult')) },
        },
      },
      handler: async (request) => {
        const locale = requestLocale(request);
        const form = found(() => getForm((request.params as { id: string }).id, locale));
        needBody(request);
        return { form: form.id, version: form.version, ...validateForm(form.id, request.body, { locale }) };
      },
    },
    {
      method: 'POST', url: '/v1/check',
      schema: { querystring: todayQuery },
      config: {
        body: 'dossier',
        doc: {
          summary: 'Checks a dossier: each section against its form, and the regulation’s rules (checkDossier)', tags: ['dossiers'],
          body: dossierBody, response: { 200: json(ref('DossierReport')) },
        },
      },
      handler: async (request) => {
        needShape(request);
        return dossierReport(request.body as Record<string, unknown>, { today: todayOf(request), locale: requestLocale(request) });
      },
    },
    {
      method: 'POST', url: '/v1/timeline',
      schema: { querystring: todayQuery },
      config: {
        body: 'dossier',
        doc: {
          summary: 'The project’s stages: done, due and by when, overdue (projectTimeline)', tags: ['dossiers'],
          body: dossierBody, response: { 200: json({ type: 'array', items: ref('Stage') }) },
        },
      },
      handler: async (request) => {
        needShape(request);
        return projectTimeline(request.body as Dossier, { today: todayOf(request), locale: requestLocale(request) });
      },
    },
    {
      method: 'POST', url: '/v1/documents/:templateId',
      schema: { params: idParams('templateId', 'Document template id, e.g. application-form') },
      config: {
        body: 'dossier',
        doc: {
          summary: 'A Word document from a dossier (renderDocument)', tags: ['documents'],
          body: dossierBody, response: { 200: bytes(DOCX_TYPE, 'The .docx file, named in Content-Disposition') },
        },
      },
      // An unknown template is a 404 whatever the body.
      handler: async (request, reply) => {
        const locale = requestLocale(request);
        const { templateId } = request.params as { templateId: string };
        const template = found(() => getTemplate(templateId, locale));
        needShape(request);
        const result = await render(pool, request, { kind: 'document', template: template.id, dossier: request.body as Dossier, locale });
        const title = templateTitle(template, locale);
        return sendFile(reply, (result as { bytes: Uint8Array }).bytes, DOCX_TYPE, serverMessages(locale).wordFile({ title }), `${template.id}.docx`);
      },
    },
    {
      method: 'POST', url: '/v1/budget-workbook',
      config: {
        body: 'dossier',
        doc: {
          summary: 'The budget workbook of a dossier (buildBudgetWorkbook)', tags: ['workbooks'],
          body: dossierBody, response: { 200: bytes(XLSX_TYPE, 'The .xlsx file, named in Content-Disposition') },
        },
      },
      handler: async (request, reply) => {
        needShape(request);
        const locale = requestLocale(request);
        const result = await render(pool, request, { kind: 'budget-workbook', dossier: request.body as Dossier, locale });
        return sendFile(reply, (result as { bytes: Uint8Array }).bytes, XLSX_TYPE, serverMessages(locale).budgetFile(), 'budget.xlsx');
      },
    },
    {
      method: 'POST', url: '/v1/budget-workbook/import',
      config: {
        body: 'xlsx',
        doc: {
          summary: 'An edited budget workbook back to the budget section (readBudgetWorkbook)', tags: ['workbooks'],
          body: { content: { [XLSX_TYPE]: { schema: { type: 'string', format: 'binary' } }, 'application/octet-stream': { schema: { type: 'string', format: 'binary' } } } },
          response: { 200: json(ref('budget')) },
        },
      },
      handler: async (request) => {
        needBody(request);
        const body = request.body as Buffer;
        const result = await render(pool, request, { kind: 'budget-import', bytes: new Uint8Array(body), locale: requestLocale(request) });
        return (result as { json: unknown }).json;
      },
    },
    {
      method: 'POST', url: '/v1/summary-workbook',
      schema: { querystring: todayQuery },
      config: {
        body: 'dossiers',
        doc: {
          summary: 'The projects summary workbook of many dossiers (buildProjectsSummaryWorkbook)', tags: ['workbooks'],
          description: 'One row per dossier (项目汇总: budget by category and year, 预算合计 checked against 总投资, approval path, '
            + 'error/warning/info counts, next step and due date; a totals row), every finding (审核要点) and notes (说明), with live '
            + 'formulas and cached results. A dossier that cannot be summarized is a 422 naming it, with `path` /<index>/…; '
            + 'a body that is not an array is a 400. Findings and next steps are judged as of `today`. '
            + 'Accept-Language: en gives the workbook in English.',
          body: jsonBody({ type: 'array', items: ref('Dossier') }),
          response: { 200: bytes(XLSX_TYPE, 'The .xlsx file, named in Content-Disposition') },
        },
      },
      handler: async (request, reply) => {
        needShape(request);
        const locale = requestLocale(request);
        const result = await render(pool, request, { kind: 'summary-workbook', dossiers: request.body as Dossier[], today: todayOf(request), locale });
        return sendFile(reply, (result as { bytes: Uint8Array }).bytes, XLSX_TYPE, serverMessages(locale).summaryFile(), 'projects-summary.xlsx');
      },
    },
  ];
  for (const route of routes) app.route(route);
  return routes.map((r) => ({ url: r.url, method: String(r.method) }));
}
