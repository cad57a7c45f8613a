import { availableParallelism } from 'node:os';
import { GovformsError, SOURCE_LOCALE, type Locale } from '@govforms/core';
import { serverMessages } from './messages.js';

export type LogLevel = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
const LOG_LEVELS: readonly LogLevel[] = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

export interface ServerOptions {
  /** Default 127.0.0.1: only this machine can connect unless told otherwise. */
  host: string;
  /** 0 picks a free port. */
  port: number;
  /** Largest request body in bytes (413 above it). */
  bodyLimit: number;
  /** Worker threads rendering documents and workbooks. */
  poolSize: number;
  /** Renders waiting for a worker; one more is refused with 503 and Retry-After. */
  queueLimit: number;
  /** A request must arrive whole within this (408 otherwise). */
  requestTimeoutMs: number;
  /** One document or workbook must be done within this of being accepted, its wait for a worker included (503 otherwise). */
  renderTimeoutMs: number;
  /** When set, every request but /healthz needs `Authorization: Bearer <token>`. */
  token?: string;
  /** Origins allowed by CORS; none (CORS off) by default. */
  corsOrigins: string[];
  logLevel: LogLevel;
}

export function defaultOptions(): ServerOptions {
  return {
    host: '127.0.0.1',
    port: 8080,
    bodyLimit: 10 * 1024 * 1024,
    // One core stays for the HTTP thread, so validate and /healthz answer while documents render.
    poolSize: Math.max(1, availableParallelism() - 1),
    queueLimit: 32,
    requestTimeoutMs: 30_000,
    renderTimeoutMs: 30_000,
    corsOrigins: [],
    logLevel: 'info',
  };
}

/** Environment variables for every option (GOVFORMS_PORT=8080 …), documented in docs/server.md. */
export const ENV = {
  host: 'GOVFORMS_HOST',
  port: 'GOVFORMS_PORT',
  bodyLimit: 'GOVFORMS_BODY_LIMIT_MB',
  poolSize: 'GOVFORMS_POOL_SIZE',
  queueLimit: 'GOVFORMS_QUEUE_LIMIT',
  requestTimeoutMs: 'GOVFORMS_REQUEST_TIMEOUT_MS',
  renderTimeoutMs: 'GOVFORMS_RENDER_TIMEOUT_MS',
  token: 'GOVFORMS_TOKEN',
  corsOrigins: 'GOVFORMS_CORS_ORIGINS',
  logLevel: 'GOVFORMS_LOG_LEVEL',
} as const satisfies Record<keyof ServerOptions, string>;

type Problem = (why: string) => GovformsError;

function integer(text: string, min: number, max: number, problem: Problem, why: string): number {
  const n = /^\d+$/.test(text.trim()) ? Number(text.trim()) : NaN;
  if (!Number.isSafeInteger(n) || n < min || n > max) throw problem(why);
  return n;
}

/** Parses an option given as text (environment or flag); a bad value is a GovformsError in `locale`. */
export function parseOption<K extends keyof ServerOptions>(key: K, text: string, problem: Problem, locale: Locale = SOURCE_LOCALE): ServerOptions[K] {
  const m = serverMessages(locale);
  const value = ((): unknown => {
    switch (key) {
      case 'port': return integer(text, 0, 65535, problem, m.expectPort());
      case 'bodyLimit': return integer(text, 1, 1024, problem, m.expectPositive()) * 1024 * 1024;
      case 'poolSize': case 'queueLimit': case 'requestTimeoutMs': case 'renderTimeoutMs':
        return integer(text, 1, Number.MAX_SAFE_INTEGER, problem, m.expectPositive());
      case 'corsOrigins': return text.split(',').map((s) => s.trim()).filter(Boolean);
      case 'logLevel':
        if (!(LOG_LEVELS as readonly string[]).includes(text)) throw problem(m.expectLogLevel({ levels: LOG_LEVELS.join('|') }));
        return text;
      default: return text;
    }
  })();
  return value as ServerOptions[K];
}

/** The defaults, overridden by the GOVFORMS_* variables that are set and not empty. */
export function optionsFromEnv(env: NodeJS.ProcessEnv, locale: Locale = SOURCE_LOCALE): ServerOptions {
  const options = defaultOptions();
  const m = serverMessages(locale);
  for (const key of Object.keys(ENV) as (keyof ServerOptions)[]) {
    const name = ENV[key];
    const text = env[name];
    if (text === undefined || text === '') continue;
    const problem: Problem = (why) => new GovformsError(m.badEnv({ name, value: text, why }), 'bad-option');
    (options as unknown as Record<string, unknown>)[key] = parseOption(key, text, problem, locale);
  }
  return options;
}
