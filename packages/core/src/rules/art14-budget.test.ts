import { describe, expect, test } from 'vitest';
import { dossierWith, expectOne, findingsOf, sample } from '../../test-support/rules.js';

type Item = Record<string, unknown>;
const sampleItems = () => sample().budget.items as Item[];
const itemsWith = (index: number, fields: Item) =>
  sampleItems().map((item, i) => (i === index ? Object.fromEntries(Object.entries({ ...item, ...fields }).filter(([, v]) => v !== undefined)) : item));

describe('art. 14(2): the budget adds up to the total investment, to the fen', () => {
  const mismatch = {
    ruleId: 'art14.budget-total-mismatch', article: 14, severity: 'error', path: '/application/totalInvestment', cites: '第十四条',
  } as const;

  test('art. 14: a budget equal to the total investment (3,856,400.50 yuan) is no finding', () => {
    expect(findingsOf(dossierWith(), 'art14.budget-total-mismatch')).toEqual([]);
  });

  test('art. 14: a total investment one fen below the budget is a mismatch showing both amounts', () => {
    const f = expectOne(findingsOf(dossierWith({ application: { totalInvestment: 3_856_400.49 } }), 'art14'), mismatch);
    expect(f.message).toContain('预算合计 3,856,400.50 元');
    expect(f.message).toContain('总投资 3,856,400.49 元');
    expect(f.message).toContain('相差 0.01 元');
  });

  test('art. 14: a total investment one fen above the budget is a mismatch too', () => {
    const f = expectOne(findingsOf(dossierWith({ application: { totalInvestment: 3_856_400.51 } }), 'art14'), mismatch);
    expect(f.message).toContain('相差 0.01 元');
  });

  test('art. 14: data-resource costs count towards the budget total', () => {
    const dataResources = [{ name: '数据治理', cost: 366_400.49 }];
    const f = expectOne(findingsOf(dossierWith({ budget: { dataResources } }), 'art14'), mismatch);
    expect(f.message).toContain('预算合计 3,856,400.49 元');
  });

  test('art. 14: amounts whose float sum drifts (0.1 + 0.2) still add up exactly', () => {
    const budget = { items: [{ category: 'development', name: 'a', year: 2024, amount: 0.1 }, { category: 'other', name: 'b', year: 2024, amount: 0.2 }], dataResources: [] };
    expect(findingsOf(dossierWith({ application: { totalInvestment: 0.3, hasDataResources: false }, budget }), 'art14')).toEqual([]);
  });

  test('art. 14: an unreadable amount leaves the total unchecked (validation reports the amount)', () => {
    expect(findingsOf(dossierWith({ budget: { items: itemsWith(1, { amount: '780000' }) } }), 'art14.budget-total-mismatch')).toEqual([]);
  });

  test('art. 14: the English message shows the amounts in yuan', () => {
    const [f] = findingsOf(dossierWith({ application: { totalInvestment: 3_856_400.49 } }), 'art14', { locale: 'en' });
    expect(f?.message).toContain('3,856,400.50 yuan');
    expect(f?.message).toContain('art. 14(2)');
  });
});

describe('art. 14(2): each line item is quantity × unit price', () => {
  test('art. 14: an amount one fen off quantity × unit price is an error on that item', () => {
    const findings = findingsOf(dossierWith({ budget: { items: itemsWith(0, { amount: 1_200_000.01 }) } }), 'art14.item-amount-mismatch');
    const f = expectOne(findings, {
      ruleId: 'art14.item-amount-mismatch', article: 14, severity: 'error', path: '/budget/items/0/amount', cites: '第十四条',
    });
    expect(f.message).toContain('第1项“食品安全追溯子系统开发”');
    expect(f.message).toContain('金额 1,200,000.01 元');
    expect(f.message).toContain('数量 × 单价 1,200,000.00 元');
  });

  test('art. 14: quantity × unit price is rounded half up to the fen', () => {
    const items = [{ category: 'development', name: 'x', year: 2024, quantity: 0.5, unitPrice: 0.01, amount: 0.01 }];
    const d = dossierWith({ application: { totalInvestment: 0.01, hasDataResources: false }, budget: { items, dataResources: [] } });
    expect(findingsOf(d, 'art14')).toEqual([]);
  });

  test('art. 14: items without quantity or unit price are not multiplied', () => {
    expect(findingsOf(dossierWith({ budget: { items: itemsWith(0, { quantity: undefined }) } }), 'art14.item-amount-mismatch')).toEqual([]);
  });
});

describe('art. 14(2): a project with data resources lists them with their costs', () => {
  test('art. 14: data resources declared but none listed is an error', () => {
    expectOne(findingsOf(dossierWith({ budget: { dataResources: [] } }), 'art14.data-resources-missing'), {
      ruleId: 'art14.data-resources-missing', article: 14, severity: 'error', path: '/budget/dataResources', cites: '第十四条',
    });
    expectOne(findingsOf(dossierWith({ budget: { dataResources: undefined } }), 'art14.data-resources-missing'), {
      ruleId: 'art14.data-resources-missing', article: 14, severity: 'error', path: '/budget/dataResources', cites: '第十四条',
    });
  });

  test('art. 14: no data resources declared needs no list', () => {
    expect(findingsOf(dossierWith({ application: { hasDataResources: false }, budget: { dataResources: [] } }), 'art14.data-resources-missing')).toEqual([]);
  });
});

describe('art. 14(2): a multi-year project budgets every year', () => {
  const multiYear = { constructionPeriod: { start: '2024-07-01', end: '2025-06-30' } };
  const yearMissing = (index: number) => ({
    ruleId: 'art14.budget-year-missing', article: 14, severity: 'error', path: `/budget/items/${index}/year`, cites: '第十四条',
  } as const);

  test('art. 14: a period from 2024-07-01 to 2025-06-30 with an item without a year is an error', () => {
    const d = dossierWith({ application: multiYear, budget: { items: itemsWith(3, { year: undefined }) } });
    expect(expectOne(findingsOf(d, 'art14'), yearMissing(3)).message).toContain('有 1 条费用明细未填写年度');
  });

  test('art. 14: the same period with a year on every item is fine', () => {
    expect(findingsOf(dossierWith({ application: multiYear }), 'art14')).toEqual([]);
  });

  test('art. 14: a single-year period may leave the year out', () => {
    expect(findingsOf(dossierWith({ budget: { items: itemsWith(3, { year: undefined }) } }), 'art14')).toEqual([]);
  });

  test('art. 14: items naming two years make the project multi-year even without a period', () => {
    const items = itemsWith(3, { year: undefined }).map((item, i) => (i === 5 ? { ...item, year: 2025 } : item));
    const d = dossierWith({ application: { constructionPeriod: undefined }, budget: { items } });
    expectOne(findingsOf(d, 'art14'), yearMissing(3));
  });

  test('art. 14: the count covers every item without a year; the path points at the first', () => {
    const items = sampleItems().map((item, i) => (i === 2 || i === 7 ? { ...item, year: '2024' } : item));
    const f = expectOne(findingsOf(dossierWith({ application: multiYear, budget: { items } }), 'art14'), yearMissing(2));
    expect(f.message).toContain('有 2 条');
  });
});
