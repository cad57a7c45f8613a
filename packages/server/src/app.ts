/**
 * The HTTP service: Fastify with zh-CN error answers, a bearer token, CORS by allow-list,
 * JSON-line logs without the dossier's content, and the routes of routes.ts.
 */
import { createHash, randomUUID, timingSafeEqual } from 'node:crypto';
import { STATUS_CODES } from 'node:http';
import type { Socket } from 'node:net';
import accepts from '@fastify/accepts';
import cors from '@fastify/cors';
import swagger from '@fastify/swagger';
import { GovformsError, jsonErrorPosition, SOURCE_LOCALE } from '@govforms/core';
import Fastify, { LogController, type FastifyError, type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import { serverMessages } from './messages.js';
import { version } from '../package.json';
import { openApiDocument, problemResponses, XLSX_TYPE } from './openapi.js';
import type { ServerOptions } from './options.js';
import { HttpProblem, sendProblem } from './problems.js';
import { createRenderPool, type RenderPool } from './render-pool.js';
import { requestLocale } from './request-locale.js';
import { registerRoutes, type BodyKind, type RouteDoc } from './routes.js';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** What the route takes as a body: anything else is a 415. */
    body?: BodyKind;
    /** OpenAPI parts Fastify does not validate with (request body, responses), merged into the document. */
    doc?: RouteDoc;
  }
}

const JSON_TYPES = ['application/json'];
const XLSX_TYPES = [XLSX_TYPE, 'application/octet-stream'];
const METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'] as const;

export interface GovformsServer {
  app: FastifyInstance;
  pool: RenderPool;
}

const mediaType = (request: FastifyRequest) => (request.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();

/** Equal tokens compare in the same time as unequal ones (their hashes have one length). */
function sameToken(given: string, expected: string): boolean {
  const a = createHash('sha256').update(given).digest();
  const b = createHash('sha256').update(expected).digest();
  return timingSafeEqual(a, b);
}

/** A request id from the portal (X-Request-Id) when it is a plain token, so its logs and ours can be joined. */
function requestId(request: { headers: Record<string, string | string[] | undefined> }): string {
  const given = request.headers['x-request-id'];
  return typeof given === 'string' && /^[\w.:-]{1,64}$/.test(given) ? given : randomUUID();
}

/**
 * One JSON line per request, when it is answered, with what operations need and no more: never
 * the body, the query or the headers (dossiers hold names, phone numbers and amounts).
 */
class RequestLog extends LogController {
  override incomingRequest(): void {}
  override requestCompleted(error: Error | null | undefined, request: FastifyRequest, reply: FastifyReply): void {
    const line = { method: request.method, route: request.routeOptions.url ?? null, status: reply.statusCode, ms: Math.round(reply.elapsedTime) };
    if (error) reply.log.error({ ...line, errorType: error.name }, 'request failed');
    else reply.log.info(line, 'request');
  }
}

export async function buildServer(options: ServerOptions): Promise<GovformsServer> {
  const app = Fastify({
    logger: { level: options.logLevel },
    logController: new RequestLog(),
    genReqId: requestId,
    bodyLimit: options.bodyLimit,
    requestTimeout: options.requestTimeoutMs,
    // Node's own timers: the headers too must arrive in time (its default is 60 s whatever the
    // request timeout), and it checks every 30 s by default, too coarse for a limit of seconds.
    http: {
      headersTimeout: Math.min(60_000, options.requestTimeoutMs),
      connectionsCheckingInterval: Math.max(100, Math.min(1000, Math.floor(options.requestTimeoutMs / 4))),
    },
    return503OnClosing: true,
    clientErrorHandler: answerClientError,
  });
  const pool = createRenderPool({ size: options.poolSize, queueLimit: options.queueLimit, timeoutMs: options.renderTimeoutMs });
  app.addHook('onClose', async () => { await pool.close(); });
  // Once stopping, answers close their connection: a client's idle keep-alive connection would
  // otherwise hold the process open after the last request in progress is answered.
  let closing = false;
  app.addHook('preClose', async () => { closing = true; });
  app.addHook('onSend', async (_request, reply) => { if (closing) reply.header('connection', 'close'); });

  // Answers are plain JSON.stringify: the response schemas are documentation, never a filter.
  app.setSerializerCompiler(() => (data) => JSON.stringify(data));

  await app.register(accepts);
  if (options.corsOrigins.length > 0) await app.register(cors, { origin: options.corsOrigins, exposedHeaders: ['Content-Disposition', 'Retry-After', 'X-Request-Id'] });
  await app.register(swagger, {
    openapi: openApiDocument(version) as never, // our literal types are wider than the OpenAPI typings'
    transform: ({ schema, url, route }) => {
      const doc = route.config?.doc;
      return { schema: { ...schema, ...doc, response: { ...doc?.response, ...problemResponses() } } as typeof schema, url };
    },
  });

  app.addHook('onRequest', async (request, reply) => {
    reply.header('x-request-id', request.id);
    if (!options.token || request.routeOptions.url === '/healthz' || request.method === 'OPTIONS') return;
    const given = /^bearer\s+(\S+)\s*$/i.exec(request.headers.authorization ?? '')?.[1] ?? '';
    if (!given || !sameToken(given, options.token)) {
      throw new HttpProblem(401, 'unauthorized', serverMessages(requestLocale(request)).errors.unauthorized(), undefined, { 'www-authenticate': 'Bearer' });
    }
  });
  app.addHook('preParsing', async (request) => {
    const kind = request.routeOptions.config.body;
    if (!kind || request.headers['content-length'] === '0' || (request.headers['content-length'] === undefined && request.headers['transfer-encoding'] === undefined)) return;
    const accepted = kind === 'xlsx' ? XLSX_TYPES : JSON_TYPES;
    const type = mediaType(request);
    const t = () => serverMessages(requestLocale(request)).errors;
    if (!accepted.includes(type)) {
      throw new HttpProblem(415, 'unsupported-media-type', t().unsupportedType({ type: type || '—', expected: accepted.join(', ') }));
    }
    // JSON is UTF-8 (RFC 8259): text in GBK would be read as garbled characters, not refused.
    const charset = /;\s*charset\s*=\s*"?([^";\s]+)/i.exec(request.headers['content-type'] ?? '')?.[1]?.toLowerCase();
    if (kind !== 'xlsx' && charset && charset !== 'utf-8' && charset !== 'utf8') {
      throw new HttpProblem(415, 'unsupported-charset', t().unsupportedCharset({ charset }));
    }
  });

  // JSON as JSON.parse reads it (the same as the CLI: "__proto__" is an ordinary key, refused later by name).
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (request, body, done) => {
    const text = String(body).replace(/^\uFEFF/, '');
    try {
      done(null, JSON.parse(text));
    } catch (e) {
      const t = serverMessages(requestLocale(request)).errors;
      if (/^\s*$/.test(text)) return done(new HttpProblem(400, 'empty-body', t.emptyBody()), undefined);
      const where = jsonErrorPosition(text, e);
      done(new HttpProblem(400, 'invalid-json', where ? t.badJsonAt(where) : t.badJson()), undefined);
    }
  });
  app.addContentTypeParser(XLSX_TYPES, { parseAs: 'buffer' }, (_request, body, done) => done(null, body));

  app.setErrorHandler((error: FastifyError | HttpProblem | GovformsError, request, reply) => {
    const t = serverMessages(requestLocale(request)).errors;
    if (error instanceof HttpProblem) return sendProblem(reply, error);
    if (error instanceof GovformsError) return sendProblem(reply, new HttpProblem(422, error.code, error.message, error.path));
    switch (error.code) {
      case 'FST_ERR_CTP_BODY_TOO_LARGE':
        return sendProblem(reply, new HttpProblem(413, 'body-too-large', t.tooLarge({ megabytes: Math.round(options.bodyLimit / 1024 / 1024) })));
      case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
        return sendProblem(reply, new HttpProblem(415, 'unsupported-media-type', t.unsupportedType({ type: mediaType(request) || '—', expected: JSON_TYPES.join(', ') })));
      case 'FST_ERR_VALIDATION':
        return sendProblem(reply, validationProblem(request));
    }
    if (error.statusCode === 503) return sendProblem(reply, new HttpProblem(503, 'shutting-down', t.shuttingDown(), undefined, { 'retry-after': '5' }));
    if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
      return sendProblem(reply, new HttpProblem(error.statusCode, 'bad-request', t.badRequest({ code: error.code ?? String(error.statusCode) })));
    }
    // The stack goes to the log without the message line: an error's message may quote the data.
    request.log.error({ errorType: error.name, errorCode: (error as FastifyError).code, stack: error.stack?.split('\n').slice(1).join('\n') }, 'internal error');
    return sendProblem(reply, new HttpProblem(500, 'internal', t.internal({ id: request.id })));
  });

  registerMethodNotAllowed(app, registerRoutes(app, pool));
  app.setNotFoundHandler((request, reply) => {
    const t = serverMessages(requestLocale(request)).errors;
    sendProblem(reply, new HttpProblem(404, 'not-found', t.notFound({ method: request.method, url: request.url.split('?')[0]! })));
  });
  return { app, pool };
}

/**
 * A request Node refused before it reached Fastify (too slow, headers too large, not HTTP): the
 * same error body as every other answer, in zh-CN (no headers were read to choose a locale).
 */
function answerClientError(error: NodeJS.ErrnoException, socket: Socket): void {
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  const t = serverMessages(SOURCE_LOCALE).errors;
  const [status, code, message] = error.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? [408, 'request-timeout', t.requestTimeout()]
    : error.code === 'HPE_HEADER_OVERFLOW' ? [431, 'headers-too-large', t.badRequest({ code: error.code })]
      : [400, 'bad-request', t.badRequest({ code: error.code ?? 'HPE' })];
  const body = JSON.stringify({ error: { code, message } });
  if (socket.writable) {
    socket.write(`HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\nContent-Length: ${Buffer.byteLength(body)}\r\nContent-Type: application/json; charset=utf-8\r\nConnection: close\r\n\r\n${body}`);
  }
  socket.destroy();
}

/** Fastify's JSON-schema validation of the query or path failed (`?today=a&today=b`); bodies are checked by the routes (routes.ts needShape). */
function validationProblem(request: FastifyRequest): HttpProblem {
  return new HttpProblem(400, 'invalid-query', serverMessages(requestLocale(request)).errors.badQuery());
}

/** A known path asked with another method: 405 with Allow, not 404. */
function registerMethodNotAllowed(app: FastifyInstance, routes: readonly { url: string; method: string }[]): void {
  const byUrl = new Map<string, Set<string>>();
  for (const { url, method } of routes) byUrl.set(url, (byUrl.get(url) ?? new Set<string>()).add(method));
  for (const [url, methods] of byUrl) {
    const missing = METHODS.filter((m) => !methods.has(m));
    const allowed = [...methods].sort().join(', ');
    app.route({
      method: missing, url, schema: { hide: true },
      handler: (request, reply) => {
        const t = serverMessages(requestLocale(request)).errors;
        sendProblem(reply, new HttpProblem(405, 'method-not-allowed', t.methodNotAllowed({ method: request.method, url: request.url.split('?')[0]!, allowed }), undefined, { allow: allowed }));
      },
    });
  }
}
