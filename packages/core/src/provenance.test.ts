import { createHash } from 'node:crypto';
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import { describe, expect, test, vi } from 'vitest';
import { canonicalJson, dossierDigest, getForm, listForms, provenanceOf, rulesVersion, sampleDossier } from './index.js';
import { dossierDigestAsync } from './provenance.js';
import { readFileSync } from 'node:fs';

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
