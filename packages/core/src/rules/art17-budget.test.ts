import { describe, expect, test } from 'vitest';
import { dossierWith, expectOne, findingsOf } from '../../test-support/rules.js';

describe('art. 17: a failed pre-review gets no budget', () => {
  test('art. 17: a pre-review that failed is noted', () => {
    expectOne(findingsOf(dossierWith({ reviewOpinion: { kind: 'pre-review', conclusion: 'fail' } }), 'art17'), {
      ruleId: 'art17.pre-review-failed', article: 17, severity: 'info', path: '/reviewOpinion/conclusion', cites: '第十七条',
    });
  });

  test.each([
    ['a passed pre-review', { kind: 'pre-review', conclusion: 'pass' }],
    ['a pre-review passed with changes', { kind: 'pre-review', conclusion: 'pass-with-changes' }],
    ['a failed industry review (art. 20, not a pre-review)', { kind: 'industry-review', conclusion: 'fail' }],
  ])('art. 17: %s is not', (_name, review) => {
    expect(findingsOf(dossierWith({ reviewOpinion: review }), 'art17')).toEqual([]);
  });
});
