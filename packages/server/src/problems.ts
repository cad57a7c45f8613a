import type { FastifyReply } from 'fastify';

/** An error answer: `{ error: { code, message, path? } }` with its HTTP status (and headers such as Retry-After). */
export class HttpProblem extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly path?: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

export function sendProblem(reply: FastifyReply, p: HttpProblem): FastifyReply {
  return reply.code(p.status).headers(p.headers).type('application/json; charset=utf-8')
    .send({ error: { code: p.code, message: p.message, ...(p.path !== undefined ? { path: p.path } : {}) } });
}
