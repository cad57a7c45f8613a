import { describe, expect, test } from 'vitest';
import { dossierWith, expectOne, findingsOf } from '../../test-support/rules.js';

const SECTIONS = [
  ['operation', '系统运行'], ['security', '安全管理'], ['usage', '用户使用'], ['funding', '经费支付'], ['outcomes', '运营成效'],
] as const;

describe('art. 36 ¶3: the annual O&M report covers operation, security, usage, funding and outcomes', () => {
  test.each(SECTIONS)('art. 36: a report without "%s" lacks %s', (key, title) => {
    const f = expectOne(findingsOf(dossierWith({ annualReport: { [key]: undefined } }), 'art36'), {
      ruleId: 'art36.section-missing', article: 36, severity: 'error', path: `/annualReport/${key}`, cites: '第三十六条',
    });
    expect(f.message).toContain(`“${title}”`);
  });

  test.each(SECTIONS)('art. 36: a blank "%s" counts as missing', (key) => {
    const findings = findingsOf(dossierWith({ annualReport: { [key]: ' \n\t ' } }), 'art36');
    expect(findings.map((f) => f.path)).toEqual([`/annualReport/${key}`]);
  });

  test('art. 36: an empty report lacks all five, in the article\'s order', () => {
    const findings = findingsOf(dossierWith({ annualReport: Object.fromEntries(SECTIONS.map(([k]) => [k, undefined])) }), 'art36');
    expect(findings.map((f) => f.path)).toEqual(SECTIONS.map(([k]) => `/annualReport/${k}`));
  });

  test('art. 36: no annual report at all is not checked', () => {
    expect(findingsOf(dossierWith({ annualReport: null }), 'art36')).toEqual([]);
  });
});

describe('art. 36 ¶3: the report is submitted after the O&M cycle ends (结束后)', () => {
  const early = { ruleId: 'art36.submitted-before-cycle-end', article: 36, severity: 'warning', path: '/annualReport/submittedOn', cites: '第三十六条' } as const;

  test('art. 36: submitted on the last day of the cycle is too early, and the words say so (不晚于, not 早于)', () => {
    const f = expectOne(findingsOf(dossierWith({ annualReport: { cycleEnd: '2025-12-31', submittedOn: '2025-12-31' } }), 'art36'), early);
    expect(f.message).toContain('报送日期 2025-12-31 不晚于运维周期结束日 2025-12-31');
    expect(f.message).not.toContain('早于');
    const en = findingsOf(dossierWith({ annualReport: { cycleEnd: '2025-12-31', submittedOn: '2025-12-31' } }), 'art36', { locale: 'en' });
    expect(en.find((x) => x.ruleId === early.ruleId)?.message).toContain('on or before the last day');
  });

  test('art. 36: submitted a day before the cycle ends is too early too', () => {
    expectOne(findingsOf(dossierWith({ annualReport: { cycleEnd: '2025-12-31', submittedOn: '2025-12-30' } }), 'art36'), early);
  });

  test('art. 36: submitted the day after the cycle ends is fine', () => {
    expect(findingsOf(dossierWith({ annualReport: { cycleEnd: '2025-12-31', submittedOn: '2026-01-01' } }), 'art36')).toEqual([]);
  });

  test('art. 36: the English message cites art. 36', () => {
    expect(findingsOf(dossierWith({ annualReport: { usage: '' } }), 'art36', { locale: 'en' })[0]?.message).toContain('art. 36');
  });
});
