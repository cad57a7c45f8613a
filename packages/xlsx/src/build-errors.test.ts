import { GovformsError } from '@govforms/core';
import { describe, expect, test } from 'vitest';
import { sample, withItems } from '../test-support/budgets.js';
import { buildBudgetWorkbook } from './index.js';
import { prepareBudget } from './prepare-budget.js';

const server = { category: 'development', name: '服务器', amount: 100 };
const threeItems = (third: Record<string, unknown>) => withItems([server, { ...server, name: '软件' }, third]);

async function errorOf(p: Promise<unknown>): Promise<GovformsError> {
  const e = await p.then(() => undefined, (err: unknown) => err);
  expect(e).toBeInstanceOf(GovformsError);
  return e as GovformsError;
}

describe('bad amounts are refused with a zh-CN message naming the item', () => {
  test.each([
    ['more than two decimals', 1234.567, '收到 1234.567'],
    ['negative', -1, '收到 -1'],
    ['NaN', Number.NaN, '收到 NaN'],
    ['huge', 1e13, '收到 10000000000000'],
    ['text', '100', '收到 “100”'],
    ['missing', undefined, '收到 空'],
  ])('%s', async (_, amount, got) => {
    const e = await errorOf(buildBudgetWorkbook(threeItems({ ...server, amount })));
    expect(e.message).toBe(`费用明细第3项“服务器”：金额（元）应为不超过两位小数、不超过 1 万亿元的非负数（${got}）`);
    expect(e.path).toBe('/budget/items/2/amount');
  });
  test('the largest valid amount, 1 万亿元, is accepted', async () => {
    await expect(buildBudgetWorkbook(threeItems({ ...server, amount: 1e12 }))).resolves.toBeInstanceOf(Uint8Array);
  });
  test('a bad unit price or quantity is named too', async () => {
    expect((await errorOf(buildBudgetWorkbook(threeItems({ ...server, unitPrice: 0.001 })))).message).toBe('费用明细第3项“服务器”：单价（元）应为不超过两位小数、不超过 1 万亿元的非负数（收到 0.001）');
    expect((await errorOf(buildBudgetWorkbook(threeItems({ ...server, quantity: 0 })))).message).toBe('费用明细第3项“服务器”：数量应为最多两位小数的正数（收到 0）');
    expect((await errorOf(buildBudgetWorkbook(threeItems({ ...server, quantity: 1.005 })))).message).toContain('数量应为最多两位小数的正数');
  });
  test('a bad data-resource cost names the data resource', async () => {
    const d = withItems([server], [{ name: '人口库', cost: 1 }, { name: '法人库', cost: -0.5 }]);
    const e = await errorOf(buildBudgetWorkbook(d));
    expect(e.message).toBe('数据资源第2项“法人库”：成本费用（元）应为不超过两位小数、不超过 1 万亿元的非负数（收到 -0.5）');
    expect(e.path).toBe('/budget/dataResources/1/cost');
  });
});

describe('other bad input', () => {
  test('an unknown category lists the six valid ones', async () => {
    const e = await errorOf(buildBudgetWorkbook(threeItems({ ...server, category: 'hardware' })));
    expect(e.message).toBe('费用明细第3项“服务器”：费用类别“hardware”无效，应为：开发费、实施费、维护费、培训费、监理费、其他费用');
  });
  test('a missing name, a year out of range, a non-object item', async () => {
    expect((await errorOf(buildBudgetWorkbook(threeItems({ category: 'other', amount: 1 })))).message).toBe('费用明细第3项：名称不能为空');
    expect((await errorOf(buildBudgetWorkbook(threeItems({ ...server, year: 1999 })))).message).toBe('费用明细第3项“服务器”：年度应为 2000 至 2100 之间的整数（收到 1999）');
    expect((await errorOf(buildBudgetWorkbook(threeItems({ ...server, year: 2024.5 })))).message).toContain('年度应为');
    expect((await errorOf(buildBudgetWorkbook(withItems([server, 'x' as never])))).message).toBe('费用明细第2项：不是有效的条目');
    expect((await errorOf(buildBudgetWorkbook(threeItems({ ...server, note: 42 })))).message).toBe('费用明细第3项“服务器”：备注应为文本');
    expect((await errorOf(buildBudgetWorkbook(threeItems({ ...server, note: '长'.repeat(32_768) })))).message).toBe('费用明细第3项“服务器”：备注超过 32767 个字符（Excel 单元格的上限）');
    expect((await errorOf(buildBudgetWorkbook(threeItems({ ...server, name: '\u0007\u0000' })))).message).toBe('费用明细第3项：名称不能为空');
  });
  test('no budget, or items that are not a list', async () => {
    expect((await errorOf(buildBudgetWorkbook({ application: {} }))).message).toBe('材料中没有预算明细（budget），无法生成预算表');
    expect((await errorOf(buildBudgetWorkbook({ budget: { items: {} } }))).message).toBe('预算明细中缺少费用明细（items）列表');
  });
  test('an invalid total investment in the application is refused', async () => {
    const d = sample();
    (d.application as Record<string, unknown>).totalInvestment = 3856400.505;
    expect((await errorOf(buildBudgetWorkbook(d))).message).toBe('项目申报表中的总投资应为不超过两位小数的非负数（收到 3856400.505）');
  });
  test('messages are available in English', async () => {
    const e = await errorOf(buildBudgetWorkbook(threeItems({ ...server, amount: -1 }), { locale: 'en' }));
    expect(e.message).toBe('Line item 3 "服务器": Amount (yuan) must be a non-negative amount with at most two decimals, at most 1e12 yuan (got -1)');
  });
});

describe('which amounts become live formulas', () => {
  test('quantity × unit price equal to the amount (to the fen) gives a formula', () => {
    const b = prepareBudget(withItems([
      { category: 'development', name: '人月', quantity: 48, unitPrice: 25000, amount: 1200000 },
      { category: 'development', name: '半价', quantity: 0.5, unitPrice: 0.01, amount: 0.01 }, // 0.005 rounds half up
      { category: 'development', name: '不符', quantity: 3, unitPrice: 10, amount: 31 },
      { category: 'development', name: '只有金额', amount: 5 },
    ]));
    expect(b.items.map((i) => i.amountIsFormula)).toEqual([true, true, false, false]);
  });
});
