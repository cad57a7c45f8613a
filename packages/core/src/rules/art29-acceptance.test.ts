import { describe, expect, test } from 'vitest';
import { dossierWith, expectOne, findingsOf } from '../../test-support/rules.js';

const at = (ruleId: string) => ({
  ruleId, article: 29, severity: 'error', path: '/completion/acceptanceDate', cites: '第二十九条',
} as const);

function completion(trialStart: string, acceptanceDate: string | undefined, softwareDevelopment: boolean) {
  return dossierWith({ completion: { trialStart, acceptanceDate, softwareDevelopment, reportFiledOn: undefined } });
}

describe('art. 29: acceptance at least 30 days (software: 90) after the trial run starts', () => {
  test('art. 29: acceptance 29 days into the trial run is too early', () => {
    const f = expectOne(findingsOf(completion('2024-09-01', '2024-09-30', false), 'art29'), at('art29.acceptance-too-early'));
    expect(f.message).toContain('仅 29 天');
    expect(f.message).toContain('30 天后');
    expect(f.message).toContain('最早 2024-10-01');
  });

  test('art. 29: acceptance on day 30 of the trial run is allowed', () => {
    expect(findingsOf(completion('2024-09-01', '2024-10-01', false), 'art29')).toEqual([]);
  });

  test('art. 29: a software development project accepted on day 89 is too early', () => {
    const f = expectOne(findingsOf(completion('2024-09-01', '2024-11-29', true), 'art29'), at('art29.acceptance-too-early'));
    expect(f.message).toContain('软件开发项目');
    expect(f.message).toContain('90 天后');
    expect(f.message).toContain('最早 2024-11-30');
  });

  test('art. 29: a software development project accepted on day 90 is allowed', () => {
    expect(findingsOf(completion('2024-09-01', '2024-11-30', true), 'art29')).toEqual([]);
  });

  test('art. 29: a software project cannot use the 30-day minimum (day 30 is too early for it)', () => {
    expectOne(findingsOf(completion('2024-09-01', '2024-10-01', true), 'art29'), at('art29.acceptance-too-early'));
  });

  test('art. 29: an acceptance before the trial run even started is a date-order error (date-order.test.ts), not also "too early"', () => {
    expect(findingsOf(completion('2024-09-01', '2024-08-31', false), 'art29').map((f) => f.ruleId)).toEqual(['art29.dates-out-of-order']);
  });
});

describe('art. 29: from trial start to acceptance at most one year (最长不超过一年)', () => {
  test('art. 29: acceptance on the same calendar date one year later is allowed', () => {
    expect(findingsOf(completion('2024-09-01', '2025-09-01', true), 'art29')).toEqual([]);
  });

  test('art. 29: acceptance one day after that is too late', () => {
    const f = expectOne(findingsOf(completion('2024-09-01', '2025-09-02', true), 'art29'), at('art29.acceptance-too-late'));
    expect(f.message).toContain('2025-09-02');
    expect(f.message).toContain('2025-09-01');
  });

  test('art. 29: a trial run from 29 February 2024 may be accepted until 28 February 2025 (month end)', () => {
    expect(findingsOf(completion('2024-02-29', '2025-02-28', false), 'art29')).toEqual([]);
    expectOne(findingsOf(completion('2024-02-29', '2025-03-01', false), 'art29'), at('art29.acceptance-too-late'));
  });

  test('art. 29: a trial run from 29 February 2024 becomes overdue on 1 March 2025', () => {
    expect(findingsOf(completion('2024-02-29', undefined, false), 'art29', { today: '2025-02-28' })).toEqual([]);
    expectOne(findingsOf(completion('2024-02-29', undefined, false), 'art29', { today: '2025-03-01' }), at('art29.acceptance-overdue'));
  });

  test('art. 29: not yet accepted on the last day of the year is not overdue', () => {
    expect(findingsOf(completion('2024-09-01', undefined, true), 'art29', { today: '2025-09-01' })).toEqual([]);
  });

  test('art. 29: not yet accepted one day past a year is overdue', () => {
    const f = expectOne(findingsOf(completion('2024-09-01', undefined, true), 'art29', { today: '2025-09-02' }), at('art29.acceptance-overdue'));
    expect(f.message).toContain('2024-09-01');
    expect(f.message).toContain('2025-09-01');
  });

  test('art. 29: without a valid trial start nothing is checked yet', () => {
    for (const trialStart of [undefined, '', '2024-02-30', '2024/09/01', 20240901]) {
      const d = dossierWith({ completion: { trialStart, acceptanceDate: '2030-01-01' } });
      expect(findingsOf(d, 'art29'), String(trialStart)).toEqual([]);
    }
  });

  test('art. 29: a trial run starting in 9999 is judged by the calendar, not by string order', () => {
    expect(findingsOf(completion('9999-06-01', '9999-08-01', false), 'art29')).toEqual([]);
    expect(findingsOf(completion('9999-06-01', undefined, false), 'art29')).toEqual([]);
  });

  test('art. 29: the English message cites art. 29', () => {
    const [f] = findingsOf(completion('2024-09-01', '2024-09-30', false), 'art29', { locale: 'en' });
    expect(f?.message).toContain('art. 29');
    expect(f?.message).toContain('2024-10-01 at the earliest');
  });
});
