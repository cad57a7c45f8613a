import { createHash } from 'node:crypto';
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import { describe, expect, test, vi } from 'vitest';
import { canonicalJson, dossierDigest, getForm, listForms, provenanceOf, rulesVersion, sampleDossier } from './index.js';
import { dossierDigestAsync } from './provenance.js';
import { readFileSync } from 'node:fs';
import canonicalize from 'canonicalize';
import fc from 'fast-check';

describe('dossierDigest', () => {
  test('node:crypto (Node), Web Crypto and the JavaScript SHA-256 (browsers) give the same digest', async () => {
    const hostile = { text: 'a\uD800b' };
    const javascript = (v: unknown) => bytesToHex(sha256(utf8ToBytes(canonicalJson(v))));
    for (const v of [sampleDossier(), hostile]) {
      expect(dossierDigest(v)).toBe(javascript(v));
      expect(await dossierDigestAsync(v)).toBe(javascript(v));
    }
    // As in a browser: no node:crypto, so Web Crypto; outside a secure context not even that.
    vi.resetModules();
    const getBuiltinModule = process.getBuiltinModule;
    vi.spyOn(process, 'getBuiltinModule').mockImplementation(((id: string) => (id === 'node:crypto' ? undefined : getBuiltinModule(id))) as typeof getBuiltinModule);
    try {
      const browser = await import('./provenance.js');
      const webCrypto = vi.spyOn(globalThis.crypto.subtle, 'digest');
      expect(await browser.dossierDigestAsync(sampleDossier())).toBe(javascript(sampleDossier()));
      expect(webCrypto).toHaveBeenCalledTimes(1);
      expect(browser.dossierDigest(hostile)).toBe(javascript(hostile));
      vi.stubGlobal('crypto', {});
      expect(await browser.dossierDigestAsync(hostile)).toBe(javascript(hostile));
    } finally {
      vi.restoreAllMocks();
      vi.unstubAllGlobals();
    }
  });

  test('is SHA-256 of the RFC 8785 canonical JSON: key order and whitespace do not matter', () => {
    const a = { budget: { items: [{ amount: 1.5, name: '开发' }] }, application: { projectName: '平台', totalInvestment: 100 } };
    const b = JSON.parse('{ "application": {"totalInvestment":100, "projectName":"平台"}, "budget":{"items":[{"name":"开发","amount":1.5}]} }');
    expect(canonicalJson(a)).toBe('{"application":{"projectName":"平台","totalInvestment":100},"budget":{"items":[{"amount":1.5,"name":"开发"}]}}');
    expect(dossierDigest(b)).toBe(dossierDigest(a));
    expect(dossierDigest(a)).toBe(createHash('sha256').update(canonicalJson(a), 'utf8').digest('hex'));
  });

  test('canonicalJson is the canonicalize library (RFC 8785) on any JSON value, awkward keys and strings included', () => {
    // Keys an engine enumerates out of insertion order ("10" before "9"), "__proto__", code-unit
    // order ("Z" < "a" < "é" < "😀"), and strings JSON.stringify escapes.
    const awkwardKey = fc.constantFrom('10', '9', '0', '01', '4294967295', '-1', '1.5', '__proto__', 'toString', 'Z', 'a', 'é', '😀', '\uFFFF', '', ' ');
    const key = fc.oneof(fc.string(), awkwardKey);
    const text = fc.oneof(fc.string({ unit: 'binary' }), fc.constantFrom('\\ud800', '\u2028', '\u0000', '"\\', '\uD83D\uDE00'));
    const { json } = fc.letrec((tie) => ({
      json: fc.oneof({ depthSize: 'small' }, tie('leaf'), tie('array'), tie('object')),
      leaf: fc.oneof(text, fc.double({ noNaN: true, noDefaultInfinity: true }), fc.integer(), fc.boolean(), fc.constant(null)),
      array: fc.array(tie('json'), { maxLength: 5 }),
      object: fc.array(fc.tuple(key, tie('json')), { maxLength: 6 }).map((entries) => {
        const o: Record<string, unknown> = {};
        for (const [k, v] of entries) Object.defineProperty(o, k, { value: v, enumerable: true, writable: true, configurable: true });
        return o;
      }),
    }));
    fc.assert(fc.property(json, (v) => {
      expect(canonicalJson(v)).toBe(canonicalize(v));
      // As read from a file: JSON.parse makes "__proto__" an own member too.
      const parsed = JSON.parse(JSON.stringify(v)) as unknown;
      expect(canonicalJson(parsed)).toBe(canonicalize(parsed));
    }), { numRuns: 1000 });
    expect(canonicalJson(JSON.parse('{"b":1,"__proto__":{"x":1},"a":[-0,1e21,5e-324,1.5]}'))).toBe('{"__proto__":{"x":1},"a":[0,1e+21,5e-324,1.5],"b":1}');
    expect(canonicalJson({ '10': 'x', '9': 'y', b: undefined, a: 1 })).toBe('{"10":"x","9":"y","a":1}');
    expect(canonicalJson([1, undefined, () => 1])).toBe('[1,null,null]');
    expect(canonicalJson({ d: new Date(0) })).toBe('{"d":"1970-01-01T00:00:00.000Z"}');
    expect(canonicalJson({ text: 'the text \\ud800 typed' })).toBe('{"text":"the text \\\\ud800 typed"}');
    expect(canonicalJson({ n: NaN })).toBe('{"n":null}');
  });

  test('any change of the data changes it, including one fen', () => {
    const d = sampleDossier();
    const before = dossierDigest(d);
    (d.application as Record<string, unknown>).totalInvestment = Number(d.application!.totalInvestment) + 0.01;
    expect(dossierDigest(d)).not.toBe(before);
    expect(dossierDigest(d)).toMatch(/^[0-9a-f]{64}$/);
  });

  test('hostile strings (a lone surrogate) still give a digest instead of throwing', () => {
    expect(dossierDigest({ application: { projectName: 'a\uD800b' } })).toBe(dossierDigest({ application: { projectName: 'a\uFFFDb' } }));
  });
});

describe('provenanceOf', () => {
  test('records when (China time and UTC), the versions of the forms present and of the rules, and the digest', () => {
    const d = { application: {}, budget: {} };
    const p = provenanceOf(d, { forms: listForms(), now: new Date('2026-11-29T17:30:05.123Z') });
    expect(p).toEqual({
      madeAt: '2026-11-30T01:30:05+08:00', madeAtUtc: '2026-11-29T17:30:05Z', digest: dossierDigest(d), rules: rulesVersion,
      forms: [
        { id: 'application', version: getForm('application').version, dossierKey: 'application' },
        { id: 'budget', version: getForm('budget').version, dossierKey: 'budget' },
      ],
    });
  });

  test('the rules version is the one docs/rules.md records', () => {
    expect(readFileSync(new URL('../../../docs/rules.md', import.meta.url), 'utf8')).toContain(`规则版本 ${rulesVersion}`);
  });
});
