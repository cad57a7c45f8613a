import { describe, expect, test } from 'vitest';
import { dossierWith, expectOne, findingsOf, sample } from '../../test-support/rules.js';

const sharing = (committed: unknown) =>
  dossierWith({ application: { dataSharing: { ...(sample().application.dataSharing as object), committed } } });

describe('art. 9: no data-sharing commitment, no approval', () => {
  test('art. 9: not committing to data sharing is an error', () => {
    expectOne(findingsOf(sharing(false), 'art9'), {
      ruleId: 'art9.no-data-sharing', article: 9, severity: 'error', path: '/application/dataSharing/committed', cites: '第九条',
    });
  });

  test('art. 9: committing (or not answering yet) is no finding', () => {
    expect(findingsOf(sharing(true), 'art9')).toEqual([]);
    expect(findingsOf(sharing(undefined), 'art9')).toEqual([]);
    expect(findingsOf(dossierWith({ application: { dataSharing: undefined } }), 'art9')).toEqual([]);
  });

  test('art. 9: the English message cites art. 9', () => {
    expect(findingsOf(sharing(false), 'art9', { locale: 'en' })[0]?.message).toContain('art. 9');
  });
});
