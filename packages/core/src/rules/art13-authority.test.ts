import { describe, expect, test } from 'vitest';
import { dossierWith, expectOne, findingsOf, sample } from '../../test-support/rules.js';

const applicant = (kind: string) => ({ ...(sample().application.applicant as object), kind });
const crossDepartment = (fields: Record<string, unknown>) => dossierWith({ application: { crossDepartment: true, ...fields } });

describe('art. 13: public institutions apply through their supervising authority', () => {
  const missing = {
    ruleId: 'art13.supervising-authority-missing', article: 13, severity: 'error', path: '/application/supervisingAuthority', cites: '第十三条',
  } as const;

  test('art. 13: a public institution without a supervising authority is an error', () => {
    expectOne(findingsOf(dossierWith({ application: { applicant: applicant('public-institution') } }), 'art13'), missing);
  });

  test('art. 13: a blank supervising authority counts as missing', () => {
    const d = dossierWith({ application: { applicant: applicant('public-institution'), supervisingAuthority: '   ' } });
    expectOne(findingsOf(d, 'art13'), missing);
  });

  test('art. 13: a public institution naming its supervising authority is fine', () => {
    const d = dossierWith({ application: { applicant: applicant('public-institution'), supervisingAuthority: '宿迁市卫生健康委员会' } });
    expect(findingsOf(d, 'art13')).toEqual([]);
  });

  test.each(['department', 'soe'])('art. 13: a %s applicant needs no supervising authority', (kind) => {
    expect(findingsOf(dossierWith({ application: { applicant: applicant(kind) } }), 'art13')).toEqual([]);
  });
});

describe('art. 13 ¶2: cross-department projects name the lead department and the co-builders', () => {
  test('art. 13: a cross-department project without a lead department is an error', () => {
    expectOne(findingsOf(crossDepartment({ leadDepartment: undefined }), 'art13'), {
      ruleId: 'art13.lead-department-missing', article: 13, severity: 'error', path: '/application/leadDepartment', cites: '第十三条',
    });
  });

  test.each([[[]], [['  ']], [undefined]])('art. 13: co-builders %j are no co-builders', (coBuilders) => {
    expectOne(findingsOf(crossDepartment({ coBuilders }), 'art13'), {
      ruleId: 'art13.co-builders-missing', article: 13, severity: 'error', path: '/application/coBuilders', cites: '第十三条',
    });
  });

  test('art. 13: lead department and co-builders both missing are two errors', () => {
    expect(findingsOf(crossDepartment({ leadDepartment: '', coBuilders: [] }), 'art13').map((f) => f.ruleId))
      .toEqual(['art13.lead-department-missing', 'art13.co-builders-missing']);
  });

  test('art. 13: a project of one department needs neither', () => {
    expect(findingsOf(dossierWith({ application: { crossDepartment: false, leadDepartment: undefined, coBuilders: [] } }), 'art13')).toEqual([]);
  });

  test('art. 13: the English message cites art. 13', () => {
    expect(findingsOf(crossDepartment({ coBuilders: [] }), 'art13', { locale: 'en' })[0]?.message).toContain('art. 13');
  });
});
