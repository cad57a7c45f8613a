import { describe, expect, test } from 'vitest';
import { dossierWith, expectOne, findingsOf } from '../../test-support/rules.js';

const inUse = { ruleId: 'art28.in-use-before-acceptance', article: 28, severity: 'error', path: '/completion/acceptanceDate', cites: '第二十八条' } as const;
const early = { ruleId: 'art28.accepted-before-service-end', article: 28, severity: 'error', path: '/completion/acceptanceDate', cites: '第二十八条' } as const;

describe('art. 28: a construction project is not used before acceptance', () => {
  test('art. 28: an annual O&M report for a construction project without an acceptance date is an error', () => {
    expectOne(findingsOf(dossierWith({ completion: { acceptanceDate: undefined } }), 'art28'), inUse);
    expectOne(findingsOf(dossierWith({ completion: null }), 'art28'), inUse);
  });

  test('art. 28: with an acceptance date, or without an annual report, there is nothing to say', () => {
    expect(findingsOf(dossierWith({ completion: { acceptanceDate: '2025-06-30' } }), 'art28')).toEqual([]);
    expect(findingsOf(dossierWith({ completion: { acceptanceDate: undefined }, annualReport: null }), 'art28')).toEqual([]);
  });

  test('art. 28: an O&M project is not a construction project: its annual report needs no acceptance', () => {
    expect(findingsOf(dossierWith({ application: { projectType: 'operation' }, completion: { acceptanceDate: undefined } }), 'art28')).toEqual([]);
  });
});

describe('art. 28: an O&M project is accepted after its service period (期满后)', () => {
  const operation = (acceptanceDate: string) => dossierWith({
    application: { projectType: 'operation' }, completion: { acceptanceDate, serviceEnd: '2025-12-31' },
  });

  test('art. 28: accepted on the day the service period ends is allowed', () => {
    expect(findingsOf(operation('2025-12-31'), 'art28')).toEqual([]);
  });

  test('art. 28: accepted the day before it ends is an error', () => {
    const f = expectOne(findingsOf(operation('2025-12-30'), 'art28'), early);
    expect(f.message).toContain('验收日期 2025-12-30 早于运维服务期届满日 2025-12-31');
  });

  test('art. 28: a construction project is not judged by a service end', () => {
    expect(findingsOf(dossierWith({ completion: { acceptanceDate: '2025-06-30', serviceEnd: '2025-12-31' } }), 'art28')).toEqual([]);
  });
});
