import { describe, expect, test } from 'vitest';
import { consistentTotal, dossierWith, resolvePointer, sample, expectOne, findingsOf, mergePatches, ruleIds, type DossierPatch } from '../../test-support/rules.js';

const budgetMissing = {
  ruleId: 'art25.supervision-budget-missing', article: 25, severity: 'error', path: '/budget/items',
  requires: ['supervision-contract'], cites: '第二十五条',
} as const;
const contractMissing = {
  ruleId: 'art25.supervision-contract-missing', article: 25, severity: 'error', path: '/completion/attachments',
  requires: ['supervision-contract'], cites: '第二十五条',
} as const;
const contractReminder = {
  ruleId: 'art25.supervision-contract', article: 25, severity: 'info', path: '/application/totalInvestment',
  requires: ['supervision-contract'], cites: '第二十五条',
} as const;

/** The sample's completion checklist without the supervision contract. */
const withoutContract = (sample().completion.attachments as string[]).filter((k) => k !== 'supervision-contract');

/** A construction project whose budget adds up to the total, with the given supervision line. */
function project(totalYuan: number, supervisionYuan: number | null, extra: DossierPatch = {}) {
  return dossierWith(mergePatches(consistentTotal(totalYuan, { supervisionYuan }), { application: { projectType: 'construction' } }, extra));
}

describe('art. 25: construction projects over 1,000,000 yuan (超过, strictly) need engineering supervision', () => {
  test('art. 25: exactly 1,000,000.00 yuan needs no supervision, neither budget line nor contract', () => {
    expect(findingsOf(project(1_000_000, null, { completion: { attachments: withoutContract } }), 'art25')).toEqual([]);
  });

  test('art. 25: 1,000,000.01 yuan without a supervision line in the budget is an error', () => {
    const findings = findingsOf(project(1_000_000.01, null), 'art25');
    expect(ruleIds(findings)).toEqual(['art25.supervision-budget-missing']);
    expect(expectOne(findings, budgetMissing).message).toContain('1,000,000.01 元');
  });

  test('art. 25: a supervision line of 0 yuan is no supervision budget', () => {
    expectOne(findingsOf(project(1_000_000.01, 0), 'art25'), budgetMissing);
  });

  test('art. 25: 1,000,000.01 yuan with a supervision line above zero and a supervision contract is fine', () => {
    expect(findingsOf(project(1_000_000.01, 0.01), 'art25')).toEqual([]);
    expect(findingsOf(project(1_000_000.01, 98_000), 'art25')).toEqual([]);
  });

  test('art. 25: completion materials without the supervision contract are an error', () => {
    const findings = findingsOf(project(1_000_000.01, 98_000, { completion: { attachments: withoutContract } }), 'art25');
    expect(ruleIds(findings)).toEqual(['art25.supervision-contract-missing']);
    expectOne(findings, contractMissing);
  });

  test('art. 25: before any completion section exists, the contract is a reminder (info)', () => {
    const findings = findingsOf(project(1_000_000.01, 98_000, { completion: null }), 'art25');
    expect(ruleIds(findings)).toEqual(['art25.supervision-contract']);
    expectOne(findings, contractReminder);
  });

  test('art. 25: a completion section without its checklist yet is still only a reminder', () => {
    expectOne(findingsOf(project(1_000_000.01, 98_000, { completion: { attachments: undefined } }), 'art25'), contractReminder);
  });

  test('art. 25: missing budget line and missing contract are reported together', () => {
    const findings = findingsOf(project(2_000_000, null, { completion: { attachments: withoutContract } }), 'art25');
    expect(ruleIds(findings).sort()).toEqual(['art25.supervision-budget-missing', 'art25.supervision-contract-missing']);
  });

  test.each(['operation', 'service'])('art. 25: %s projects need no engineering supervision', (projectType) => {
    const d = project(5_000_000, null, { application: { projectType }, completion: { attachments: withoutContract } });
    expect(findingsOf(d, 'art25')).toEqual([]);
  });

  test('art. 25: without a total investment the budget total decides (投资预算)', () => {
    const d = project(1_000_000.01, null, { application: { totalInvestment: undefined } });
    expect(expectOne(findingsOf(d, 'art25'), budgetMissing).message).toContain('1,000,000.01 元');
    const atLimit = project(1_000_000, null, { application: { totalInvestment: undefined } });
    expect(findingsOf(atLimit, 'art25')).toEqual([]);
  });

  test('art. 25: the contract reminder points at a field the dossier has, even before there is a budget', () => {
    const d = project(1_000_000.01, 98_000, { budget: null, completion: null });
    const f = findingsOf(d, 'art25').find((x) => x.ruleId === 'art25.supervision-contract');
    expect(f?.path).toBeDefined();
    expect(resolvePointer(d, f!.path!).exists, f!.path).toBe(true);
  });

  test('art. 25: the English message cites art. 25', () => {
    const [f] = findingsOf(project(1_000_000.01, null), 'art25', { locale: 'en' });
    expect(f?.message).toContain('art. 25');
    expect(f?.message).toContain('1,000,000.01 yuan');
  });
});
