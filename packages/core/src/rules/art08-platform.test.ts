import { describe, expect, test } from 'vitest';
import { dossierWith, expectOne, findingsOf } from '../../test-support/rules.js';

describe('art. 8: a project that cannot connect to the municipal project platform is not approved', () => {
  test('art. 8: no platform integration is an error', () => {
    expectOne(findingsOf(dossierWith({ application: { platformIntegration: false } }), 'art8'), {
      ruleId: 'art8.no-platform-integration', article: 8, severity: 'error', path: '/application/platformIntegration', cites: '第八条',
    });
  });

  test('art. 8: platform integration (or no answer yet) is no finding', () => {
    expect(findingsOf(dossierWith({ application: { platformIntegration: true } }), 'art8')).toEqual([]);
    expect(findingsOf(dossierWith({ application: { platformIntegration: undefined } }), 'art8')).toEqual([]);
  });

  test('art. 8: the English message cites art. 8', () => {
    expect(findingsOf(dossierWith({ application: { platformIntegration: false } }), 'art8', { locale: 'en' })[0]?.message).toContain('art. 8');
  });
});
