import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { BUDGET_CATEGORIES, sumBudgetFen } from './budget.js';
import { budgetDiff, budgetRowFields } from './budget-diff.js';
import { describeBudgetDiff } from './budget-diff-view.js';
import { sampleDossier } from './forms/registry.js';
import { fenToYuan } from './money.js';

type Row = Record<string, unknown>;
type Budget = { items: Row[]; dataResources?: Row[] };
const sample = () => sampleDossier().budget as Budget;
const item = (name: string, amount: number, category = 'other', more: Row = {}): Row => ({ category, name, amount, ...more });

describe('budgetDiff: rows', () => {
  test('the same budget has no change, and its totals are equal', () => {
    const d = budgetDiff(sample(), sample());
    expect(d.same).toBe(true);
    expect([d.added, d.removed, d.changed, d.moved]).toEqual([[], [], [], []]);
    expect(d.totals.total).toEqual({ beforeFen: 385640050, afterFen: 385640050 });
  });

  test('an edited amount is one changed row, field by field, with its amount in fen before and after', () => {
    const after = sample();
    after.items[1]!.amount = 800000.25;
    const d = budgetDiff(sample(), after);
    expect(d.added).toEqual([]);
    expect(d.removed).toEqual([]);
    expect(d.changed).toHaveLength(1);
    expect(d.changed[0]).toMatchObject({
      list: 'items', beforeIndex: 1, afterIndex: 1, moved: false,
      fields: [{ field: 'amount', before: 780000, after: 800000.25 }],
      amountFen: { before: 78000000, after: 80000025 },
    });
    expect(d.totals.byCategory.development).toEqual({ beforeFen: 249600000, afterFen: 251600025 });
    expect(d.totals.byCategory.training).toEqual({ beforeFen: 12600000, afterFen: 12600000 });
    expect(d.totals.total.afterFen - d.totals.total.beforeFen).toBe(2000025);
  });

  test('a row inserted in the middle is added; the rows after it are neither changed nor moved', () => {
    const after = sample();
    after.items.splice(2, 0, item('驻场运维服务', 1000, 'maintenance', { year: 2024 }));
    const d = budgetDiff(sample(), after);
    expect(d.added).toEqual([{ list: 'items', index: 2, row: after.items[2], amountFen: 100000 }]);
    expect([d.removed, d.changed, d.moved]).toEqual([[], [], []]);
    expect(d.totals.byCategory.maintenance.afterFen - d.totals.byCategory.maintenance.beforeFen).toBe(100000);
  });

  test('a deleted row is removed, named by its old place', () => {
    const before = sample();
    const after = sample();
    const [gone] = after.items.splice(3, 1);
    const d = budgetDiff(before, after);
    expect(d.removed).toEqual([{ list: 'items', index: 3, row: gone, amountFen: 22200000 }]);
    expect([d.added, d.changed, d.moved]).toEqual([[], [], []]);
  });

  test('moving one row to the top reports just that row as moved, and totals stay the same', () => {
    const after = sample();
    after.items.unshift(after.items.pop()!);
    const d = budgetDiff(sample(), after);
    const last = sample().items.length - 1;
    expect(d.moved).toEqual([{ list: 'items', beforeIndex: last, afterIndex: 0, row: after.items[0], amountFen: 5200000 }]);
    expect([d.added, d.removed, d.changed]).toEqual([[], [], []]);
    expect(d.same).toBe(false);
    expect(d.totals.total.beforeFen).toBe(d.totals.total.afterFen);
  });

  test('a moved row whose amount was also edited is one changed row marked moved', () => {
    const after = sample();
    const [row] = after.items.splice(0, 1);
    after.items.push({ ...row, amount: 1250000, quantity: 50 });
    const d = budgetDiff(sample(), after);
    expect(d.changed).toHaveLength(1);
    expect(d.changed[0]).toMatchObject({ beforeIndex: 0, afterIndex: after.items.length - 1, moved: true });
    expect(d.changed[0]!.fields.map((f) => f.field)).toEqual(['quantity', 'amount']);
    expect(d.moved).toEqual([]);
  });

  test('a corrected name is a change of the name, not a row removed and another added', () => {
    const after = sample();
    after.items[4]!.name = '一体化公共数据平台接口对接';
    const d = budgetDiff(sample(), after);
    expect([d.added, d.removed]).toEqual([[], []]);
    expect(d.changed[0]!.fields).toEqual([{ field: 'name', before: '一体化公共数据平台及项目管理平台接口对接', after: '一体化公共数据平台接口对接' }]);
  });

  test('a changed category is matched by the name and moves the money between categories', () => {
    const after = sample();
    after.items[5]!.category = 'other';
    const d = budgetDiff(sample(), after);
    expect(d.changed[0]!.fields).toEqual([{ field: 'category', before: 'maintenance', after: 'other' }]);
    expect(d.totals.byCategory.maintenance.afterFen - d.totals.byCategory.maintenance.beforeFen).toBe(-16800000);
    expect(d.totals.byCategory.other.afterFen - d.totals.byCategory.other.beforeFen).toBe(16800000);
    expect(d.totals.total.afterFen).toBe(d.totals.total.beforeFen);
  });

  test('of two identical rows, deleting one removes one and changes nothing else', () => {
    const before = { items: [item('差旅', 100), item('差旅', 100), item('印刷', 5)] };
    const d = budgetDiff(before, { items: [item('差旅', 100), item('印刷', 5)] });
    expect(d.removed.map((r) => r.index)).toEqual([1]);
    expect([d.added, d.changed, d.moved]).toEqual([[], [], []]);
  });

  test('a cleared text and an absent field are the same; a form with no budget yet gets every row added', () => {
    expect(budgetDiff({ items: [{ ...item('a', 1), note: '' }] }, { items: [item('a', 1)] }).same).toBe(true);
    const d = budgetDiff(undefined, sample());
    expect(d.added).toHaveLength(sample().items.length + sample().dataResources!.length);
    expect(d.totals.total).toEqual({ beforeFen: 0, afterFen: 385640050 });
  });

  test('data resources: an edited cost, and a removed resource, in their own list', () => {
    const after = sample();
    after.dataResources![0]!.cost = 1.01;
    const gone = after.dataResources!.pop()!;
    const d = budgetDiff(sample(), after);
    expect(d.changed.map((c) => [c.list, c.fields])).toEqual([['dataResources', [{ field: 'cost', before: sample().dataResources![0]!.cost, after: 1.01 }]]]);
    expect(d.removed).toEqual([{ list: 'dataResources', index: sample().dataResources!.length - 1, row: gone, amountFen: expect.any(Number) }]);
    expect(d.totals.dataResources.afterFen).toBe(sumBudgetFen(after).dataResourcesFen);
  });

  test('what the form holds while being typed (a bad amount, a row that is not an object) never throws', () => {
    const d = budgetDiff({ items: [item('a', 'abc' as unknown as number), null, 7] }, { items: [item('a', 2)] });
    expect(d.changed[0]).toMatchObject({ fields: [{ field: 'amount', before: 'abc', after: 2 }], amountFen: { before: undefined, after: 200 } });
    expect(d.removed).toHaveLength(2);
    expect(d.totals.items).toEqual({ beforeFen: 0, afterFen: 200 });
  });

  test('compares every field of the form, in its order', () => {
    expect(budgetRowFields('items')).toEqual(['category', 'name', 'year', 'quantity', 'unitPrice', 'amount', 'note']);
    expect(budgetRowFields('dataResources')).toEqual(['name', 'provider', 'description', 'cost']);
  });
});

describe('budgetDiff: totals exact to the fen', () => {
  test('0.1 + 0.2 is 0.30 before, 0.1 + 0.25 is 0.35 after: +0.05', () => {
    const before = { items: [item('a', 0.1), item('b', 0.2)] };
    const after = { items: [item('a', 0.1), item('b', 0.25)] };
    const d = budgetDiff(before, after);
    expect(d.totals.byCategory.other).toEqual({ beforeFen: 30, afterFen: 35 });
    const other = describeBudgetDiff(d).totals.find((t) => t.label === '其他费用');
    expect(other).toEqual({ label: '其他费用', before: '0.30', after: '0.35', change: '+0.05', changed: true });
  });

  test('any budget against any edit of it: the rows add up and the totals are sumBudgetFen\'s', () => {
    const row = fc.record({
      category: fc.constantFrom(...BUDGET_CATEGORIES),
      name: fc.constantFrom('开发', '实施', '培训', '监理', '运维'),
      amount: fc.integer({ min: 0, max: 1e9 }).map(fenToYuan),
    });
    fc.assert(fc.property(fc.array(row, { maxLength: 12 }), fc.array(row, { maxLength: 12 }), (before, after) => {
      const d = budgetDiff({ items: before }, { items: after });
      const unchanged = before.length - d.removed.length - d.changed.length - d.moved.length;
      expect(unchanged).toBe(after.length - d.added.length - d.changed.length - d.moved.length);
      expect(unchanged).toBeGreaterThanOrEqual(0);
      for (const c of BUDGET_CATEGORIES) {
        expect(d.totals.byCategory[c]).toEqual({ beforeFen: sumBudgetFen({ items: before }).byCategoryFen[c], afterFen: sumBudgetFen({ items: after }).byCategoryFen[c] });
      }
      const moneyIn = d.added.reduce((s, r) => s + r.amountFen!, 0) - d.removed.reduce((s, r) => s + r.amountFen!, 0)
        + d.changed.reduce((s, c) => s + c.amountFen.after! - c.amountFen.before!, 0);
      expect(moneyIn).toBe(d.totals.total.afterFen - d.totals.total.beforeFen);
    }));
  });

  test('a shuffled budget only moves rows', () => {
    fc.assert(fc.property(fc.shuffledSubarray(sample().items, { minLength: sample().items.length }), (shuffled) => {
      const d = budgetDiff(sample(), { ...sample(), items: shuffled });
      expect([d.added, d.removed, d.changed]).toEqual([[], [], []]);
      expect(d.same).toBe(shuffled.every((r, i) => r === sample().items[i] || JSON.stringify(r) === JSON.stringify(sample().items[i])));
    }));
  });
});

describe('describeBudgetDiff', () => {
  const edited = () => {
    const after = sample();
    after.items[0]!.amount = 1300000;
    after.items.splice(2, 1);
    after.items.push(item('驻场运维服务', 1000.5, 'maintenance', { year: 2025 }));
    return budgetDiff(sample(), after);
  };

  test('zh-CN: a summary per list, each row with its place, name and the fields before → after, totals in yuan', () => {
    const v = describeBudgetDiff(edited());
    expect(v.summary).toBe('费用明细：新增 1 行，删除 1 行，修改 1 行');
    expect(v.rows.map((r) => [r.kindLabel, r.where, r.name, r.amount, r.details])).toEqual([
      ['删除', '原第 3 行', '移动执法功能开发（依托“宿心办”）', '516,000.00', []],
      ['修改', '第 1 行', '食品安全追溯子系统开发', '1,300,000.00', ['金额（元）：1,200,000.00 → 1,300,000.00']],
      ['新增', '第 12 行', '驻场运维服务', '1,000.50', []],
    ]);
    expect(v.totals.map((t) => t.label)).toEqual(['开发费', '实施费', '维护费', '培训费', '监理费', '其他费用', '费用明细合计', '数据资源成本合计', '预算总计']);
    expect(v.totals.at(-1)).toEqual({ label: '预算总计', before: '3,856,400.50', after: '3,441,401.00', change: '-414,999.50', changed: true });
    expect(v.totals.find((t) => t.label === '维护费')).toMatchObject({ before: '168,000.00', after: '169,000.50', change: '+1,000.50' });
    expect(v.totals.find((t) => t.label === '培训费')).toMatchObject({ change: '0.00', changed: false });
  });

  test('en: the same in English, categories and fields by the form\'s English names', () => {
    const v = describeBudgetDiff(edited(), 'en');
    expect(v.summary).toBe('Line items: 1 row added, 1 row removed, 1 row changed');
    expect(v.rows[1]!.details).toEqual(['Amount (yuan): 1,200,000.00 → 1,300,000.00']);
    expect(v.rows[0]!.where).toBe('was row 3');
    expect(v.totals[0]!.label).toBe('Development');
    expect(v.columns.before).toBe('Before (yuan)');
  });

  test('categories by name, empty values as （空）, a move as its old and new place', () => {
    const after = sample();
    after.items[5] = { ...after.items[5]!, category: 'other', note: '驻场' };
    after.items.unshift(after.items.pop()!);
    const v = describeBudgetDiff(budgetDiff(sample(), after));
    expect(v.summary).toBe('费用明细：修改 1 行，调整顺序 1 行');
    expect(v.rows.find((r) => r.kind === 'changed')!.details).toEqual(['费用类别：维护费 → 其他费用', '备注：（空） → 驻场']);
    expect(v.rows.find((r) => r.kind === 'moved')).toMatchObject({ where: '第 1 行', details: ['位置：原第 12 行 → 第 1 行'] });
  });

  test('nothing changed says so', () => {
    expect(describeBudgetDiff(budgetDiff(sample(), sample())).summary).toBe('导入的预算与当前填写的预算完全相同，没有变化。');
    expect(describeBudgetDiff(budgetDiff(sample(), sample()), 'en').summary).toMatch(/^The imported budget is the same/);
  });
});
