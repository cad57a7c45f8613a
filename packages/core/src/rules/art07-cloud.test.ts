import { describe, expect, test } from 'vitest';
import { dossierWith, expectOne, findingsOf } from '../../test-support/rules.js';

const app = (fields: Record<string, unknown>) => dossierWith({ application: { classified: false, ...fields } });

describe('art. 7: non-classified systems run on the unified government cloud, or an assessed cloud', () => {
  test('art. 7: a non-classified system deployed on premises is an error', () => {
    expectOne(findingsOf(app({ deployment: 'on-premise' }), 'art7'), {
      ruleId: 'art7.on-premise', article: 7, severity: 'error', path: '/application/deployment', cites: '第七条',
    });
  });

  test('art. 7: a classified system may be deployed on premises', () => {
    expect(findingsOf(app({ deployment: 'on-premise', classified: true, classifiedSeparation: '涉密部分单独部署' }), 'art7')).toEqual([]);
  });

  test('art. 7: another cloud whose provider failed the security assessment is an error', () => {
    expectOne(findingsOf(app({ deployment: 'other-cloud', cloudSecurityAssessed: false }), 'art7'), {
      ruleId: 'art7.cloud-not-assessed', article: 7, severity: 'error', path: '/application/cloudSecurityAssessed', cites: '第七条',
    });
  });

  test('art. 7: another cloud with an assessed provider is fine', () => {
    expect(findingsOf(app({ deployment: 'other-cloud', cloudSecurityAssessed: true }), 'art7')).toEqual([]);
  });

  test('art. 7: the government cloud is fine whatever the assessment answer', () => {
    expect(findingsOf(app({ deployment: 'gov-cloud', cloudSecurityAssessed: false }), 'art7')).toEqual([]);
  });

  test('art. 7: the English message cites art. 7', () => {
    expect(findingsOf(app({ deployment: 'on-premise' }), 'art7', { locale: 'en' })[0]?.message).toContain('art. 7');
  });
});
