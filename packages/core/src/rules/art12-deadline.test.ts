import { describe, expect, test } from 'vitest';
import { dossierWith, expectOne, findingsOf } from '../../test-support/rules.js';

/** A project for the 2025 list: due by 2024-09-30. */
const submitted = (submittedOn: string | undefined, mandatedThisYear = false) =>
  dossierWith({ application: { planYear: 2025, submittedOn, mandatedThisYear } });

describe('art. 12: next year\'s projects are submitted by the end of September (9月底前, inclusive)', () => {
  test('art. 12: submitted on 30 September of the year before is in time', () => {
    expect(findingsOf(submitted('2024-09-30'), 'art12')).toEqual([]);
  });

  test('art. 12: submitted on 1 October is late and not listed', () => {
    const f = expectOne(findingsOf(submitted('2024-10-01'), 'art12'), {
      ruleId: 'art12.late-submission', article: 12, severity: 'error', path: '/application/submittedOn', cites: '第十二条',
    });
    expect(f.message).toContain('2024-10-01');
    expect(f.message).toContain('2024-09-30');
    expect(f.message).toContain('2025 年度清单');
  });

  test('art. 12: submitted on 1 October but mandated for this year by the state or province is an exception (info)', () => {
    expectOne(findingsOf(submitted('2024-10-01', true), 'art12'), {
      ruleId: 'art12.mandated-exception', article: 12, severity: 'info', path: '/application/mandatedThisYear', cites: '第十二条',
    });
  });

  test('art. 12: a mandated project submitted in time needs no exception', () => {
    expect(findingsOf(submitted('2024-09-30', true), 'art12')).toEqual([]);
  });

  test('art. 12: not submitted yet and today after the deadline is a warning', () => {
    const f = expectOne(findingsOf(submitted(undefined), 'art12', { today: '2024-10-01' }), {
      ruleId: 'art12.deadline-passed', article: 12, severity: 'warning', path: '/application/planYear', cites: '第十二条',
    });
    expect(f.message).toContain('2024-09-30');
  });

  test('art. 12: not submitted yet and today on the deadline is no finding', () => {
    expect(findingsOf(submitted(undefined), 'art12', { today: '2024-09-30' })).toEqual([]);
  });

  test('art. 12: not submitted yet after the deadline but mandated is no finding', () => {
    expect(findingsOf(submitted(undefined, true), 'art12', { today: '2025-03-01' })).toEqual([]);
  });

  test('art. 12: without a plan year (or a non-integer one) nothing is checked yet', () => {
    for (const planYear of [undefined, '2025', 2025.5]) {
      expect(findingsOf(dossierWith({ application: { planYear, submittedOn: '2030-12-31' } }), 'art12'), String(planYear)).toEqual([]);
    }
  });

  test('art. 12: the English message cites art. 12', () => {
    expect(findingsOf(submitted('2024-10-01'), 'art12', { locale: 'en' })[0]?.message).toContain('art. 12');
  });
});
