/**
 * Provenance: what a generated file was made from, so a reviewer can tell whether a printed
 * document came from the data now in the system. The digest is SHA-256 over the dossier's
 * canonical JSON (RFC 8785, JSON Canonicalization Scheme): the same data gives the same
 * digest whatever its key order or whitespace, and a Java back end can compute it with any
 * JCS library.
 *
 * Its own entry, @govforms/core/provenance, imports nothing stateful from core: the script-tag
 * bundle's Word and Excel export carries the hashing, and the page's first download does not.
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import canonicalize from 'canonicalize';
import { chinaDateTime } from './dates.js';
import { isPlainObject } from './read.js';
import { rulesVersion } from './rules/version.js';

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Lone surrogates have no canonical form: they are read as U+FFFD, as a UTF-8 file would hold them. */
function wellFormed(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value, (_key, v) => (typeof v === 'string' ? v.replace(LONE_SURROGATE, '\uFFFD') : v)));
}

/** RFC 8785 canonical JSON of a dossier (or any JSON value). */
export function canonicalJson(value: unknown): string {
  const fast = sortedJson(value);
  if (fast !== undefined) return fast;
  let text: string | undefined;
  try {
    text = canonicalize(value);
  } catch {
    text = canonicalize(wellFormed(value));
  }
  return text ?? 'null';
}

/** Keys that engines enumerate before all others, in numeric order (array indices): a sorted copy cannot put them in JCS order. */
const INDEX_KEY = /^(?:0|[1-9]\d*)$/;
const NOT_PLAIN = Symbol('not plain JSON data');
const MAX_DEPTH = 1000;

/**
 * A copy of plain JSON data with each object's keys in JCS order (UTF-16 code units, which is
 * what `sort()` compares), or NOT_PLAIN where native JSON.stringify of such a copy would not be
 * JCS: index-like keys, numbers that are not finite, toJSON, class instances, functions, deep
 * nesting. Undefined members are kept: JSON.stringify drops them as JCS does.
 */
function sortedCopy(value: unknown, depth: number): unknown {
  if (value === null || typeof value === 'string' || typeof value === 'boolean' || value === undefined) return value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : NOT_PLAIN;
  if (typeof value !== 'object' || depth > MAX_DEPTH) return NOT_PLAIN;
  if (Array.isArray(value)) {
    const out = new Array<unknown>(value.length);
    for (let i = 0; i < value.length; i++) {
      const v = value[i] as unknown;
      const c = v === undefined ? NOT_PLAIN : sortedCopy(v, depth + 1);
      if (c === NOT_PLAIN) return NOT_PLAIN;
      out[i] = c;
    }
    return out;
  }
  const proto = Object.getPrototypeOf(value) as unknown;
  if ((proto !== Object.prototype && proto !== null) || 'toJSON' in value) return NOT_PLAIN;
  const keys = Object.keys(value).sort();
  // No prototype: a "__proto__" key (JSON.parse makes it an own member) stays a member.
  const out = Object.create(null) as Record<string, unknown>;
  for (const key of keys) {
    if (INDEX_KEY.test(key)) return NOT_PLAIN;
    const c = sortedCopy((value as Record<string, unknown>)[key], depth + 1);
    if (c === NOT_PLAIN) return NOT_PLAIN;
    out[key] = c;
  }
  return out;
}

/**
 * canonicalJson of plain JSON data (a dossier as parsed or typed) through one native
 * JSON.stringify of a key-sorted copy: RFC 8785 serializes strings and numbers as ECMAScript's
 * JSON.stringify does, so only the key order needs work. About twice as fast as `canonicalize`,
 * which stringifies value by value (summaries hash a thousand dossiers). Undefined for anything
 * else, and for lone surrogates (JSON.stringify escapes them as \udXXX, the only way its output
 * holds "\ud" outside an escaped backslash; the text "\ud" typed in a field also lands here):
 * the library then decides.
 */
function sortedJson(value: unknown): string | undefined {
  const copy = sortedCopy(value, 0);
  if (copy === NOT_PLAIN || copy === undefined) return undefined;
  const json = JSON.stringify(copy);
  return json.includes('\\ud') ? undefined : json;
}

interface NodeCrypto {
  createHash(algorithm: 'sha256'): { update(data: string | Uint8Array): { digest(encoding: 'hex'): string } };
}

let nodeCrypto: { crypto?: NodeCrypto } | undefined;

/**
 * SHA-256 through node:crypto (Node ≥ 20.16; undefined in browsers): OpenSSL's, synchronous, of a
 * string's UTF-8 without a copy in JavaScript. Several times faster than the JavaScript one and
 * than a Web Crypto promise per digest (summaries hash a thousand dossiers). node:crypto is
 * looked up on first use.
 */
function nodeSha256Hex(data: string | Uint8Array): string | undefined {
  nodeCrypto ??= {
    crypto: (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }).process?.getBuiltinModule?.('node:crypto') as NodeCrypto | undefined,
  };
  return nodeCrypto.crypto?.createHash('sha256').update(data).digest('hex');
}

/** SHA-256 (lower-case hex) of bytes, e.g. a department's template file. */
export function sha256Hex(bytes: Uint8Array): string {
  return nodeSha256Hex(bytes) ?? bytesToHex(sha256(bytes));
}

/** SHA-256 (lower-case hex) of the dossier's canonical JSON. */
export function dossierDigest(dossier: unknown): string {
  const json = canonicalJson(dossier);
  // canonicalJson has no lone surrogates, so the UTF-8 Node hashes is the canonical bytes.
  return nodeSha256Hex(json) ?? sha256Hex(utf8ToBytes(json));
}

/**
 * dossierDigest through the platform's own SHA-256 where there is one: node:crypto in Node,
 * Web Crypto in browsers (without the JavaScript hashing that costs ~1 ms for a 15 KB dossier;
 * summaries hash hundreds). Pages outside a secure context have no crypto.subtle: the
 * JavaScript one then.
 */
export async function dossierDigestAsync(dossier: unknown): Promise<string> {
  const json = canonicalJson(dossier);
  const node = nodeSha256Hex(json);
  if (node) return node;
  const bytes = utf8ToBytes(json);
  const subtle = (globalThis as { crypto?: { subtle?: { digest(alg: string, data: Uint8Array): Promise<ArrayBuffer> } } }).crypto?.subtle;
  if (!subtle) return sha256Hex(bytes);
  return bytesToHex(new Uint8Array(await subtle.digest('SHA-256', bytes)));
}

export interface Provenance {
  /** When the file was made, China time: "2026-11-29T11:02:03+08:00". */
  madeAt: string;
  /** The same instant in UTC ("2026-11-29T03:02:03Z"), as document properties store it. */
  madeAtUtc: string;
  /** SHA-256 of the canonical dossier JSON. */
  digest: string;
  /** The forms whose sections the dossier holds, with their versions, in form order. */
  forms: { id: string; version: string; dossierKey: string }[];
  /** Version of the rule catalogue that checked the dossier (see docs/rules.md). */
  rules: string;
}

export interface ProvenanceOptions {
  /** The forms in use (core's `listForms()`): those whose section the dossier holds are recorded. */
  forms: readonly { id: string; version: string; dossierKey: string }[];
  /** When the file is made; default now. */
  now?: Date;
}

/** Provenance of a file made now (or at `now`) from this dossier. */
export function provenanceOf(dossier: unknown, opts: ProvenanceOptions): Provenance {
  const now = opts.now ?? new Date();
  const utc = now.toISOString().replace(/\.\d{3}Z$/, 'Z');
  const china = `${chinaDateTime(now)}+08:00`;
  const forms = opts.forms
    .filter((f) => isPlainObject(dossier) && Object.hasOwn(dossier, f.dossierKey))
    .map((f) => ({ id: f.id, version: f.version, dossierKey: f.dossierKey }));
  return { madeAt: china, madeAtUtc: utc, digest: dossierDigest(dossier), forms, rules: rulesVersion };
}
