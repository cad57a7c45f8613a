import { expect, test } from 'vitest';
import { checkDossier } from './check-dossier.js';
import { GovformsError } from './errors.js';
import { sampleDossier } from './forms/registry.js';
import { rules } from './rules/index.js';

const today = '2026-11-25';

test('the compliant sample dossier produces no error and no warning', () => {
  const findings = checkDossier(sampleDossier(), { today });
  expect(findings.filter((f) => f.severity !== 'info')).toEqual([]);
});

test('findings come errors first, then warnings, then info, each by article', () => {
  const d = sampleDossier();
  d.application.platformIntegration = false;
  d.annualReport.cloudUtilization = 10;
  const findings = checkDossier(d, { today });
  expect(findings.map((f) => f.severity)).toEqual(['error', 'warning', 'info', 'info']);
  expect(findings[0]).toMatchObject({ ruleId: 'art8.no-platform-integration', article: 8, path: '/application/platformIntegration' });
});

test('an empty dossier is "not checked yet": no findings, no exception', () => {
  expect(checkDossier({}, { today })).toEqual([]);
});

test('invalid options are the only thing that throws, in Chinese', () => {
  expect(() => checkDossier({}, { today: '2026-13-01' })).toThrow(GovformsError);
  expect(() => checkDossier({}, { today, policy: { procurementLimitYuan: -1 } })).toThrow('政策参数 procurementLimitYuan 应为非负数字');
});

test('without a today option, the date in China is used', () => {
  const d = sampleDossier();
  delete (d.application as Record<string, unknown>).submittedOn;
  d.application.planYear = 2000; // its deadline passed long ago, whatever the clock says
  expect(checkDossier(d).map((f) => f.ruleId)).toContain('art12.deadline-passed');
});

test('one module per article: the registry lists each rule once, in article order', () => {
  const ids = rules.map((r) => r.id);
  expect(new Set(ids).size).toBe(ids.length);
  expect(rules.map((r) => r.article)).toEqual([...rules.map((r) => r.article)].sort((a, b) => a - b));
  for (const r of rules) expect(r.id).toMatch(new RegExp(`^art${String(r.article).padStart(2, '0')}-`));
});
