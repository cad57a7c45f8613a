import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { formatFen, sumBudgetFen } from '@govforms/core';
import { input, renderForm, sample } from '../../test-support/setup.js';

type Item = Record<string, unknown>;
const grandTotal = () => document.querySelector('[data-gf-budget-total]')!;
const categoryTotal = (c: string) => document.querySelector(`[data-gf-category-total="${c}"]`)!.textContent;
const rows = () => document.querySelectorAll('tbody .gf-budget-row');

function budgetWith(n: number) {
  const items = Array.from({ length: n }, (_, i) => ({ category: 'development', name: `明细 ${i + 1}`, year: 2024 + (i % 2), amount: 100 }));
  return { items };
}

describe('BudgetTableControl', () => {
  it('shows every line item with labelled cells and the grand total of the sample', () => {
    const budget = sample('budget');
    renderForm({ form: 'budget', data: budget });
    expect(rows()).toHaveLength((budget.items as Item[]).length);
    expect(input('第 1 行 金额（元）').value).toBe('1,200,000.00');
    expect(screen.getByRole('combobox', { name: '第 1 行 费用类别' })).toHaveProperty('value', 'development');
    expect(grandTotal().textContent).toBe(`预算合计 ${formatFen(sumBudgetFen(budget).totalFen)} 元（合 385.64005 万元）`);
  });

  it('typing an amount updates the category subtotal and the grand total at once', () => {
    renderForm({ form: 'budget', data: budgetWith(3) });
    expect(grandTotal().textContent).toMatch(/^预算合计 300.00 元/);
    fireEvent.change(input('第 2 行 金额（元）'), { target: { value: '1234.56' } });
    expect(grandTotal().textContent).toMatch(/^预算合计 1,434.56 元/);
    expect(categoryTotal('development')).toBe('1,434.56');
    fireEvent.change(screen.getByRole('combobox', { name: '第 2 行 费用类别' }), { target: { value: 'training' } });
    expect(categoryTotal('training')).toBe('1,234.56');
    expect(categoryTotal('development')).toBe('200.00');
    expect(document.querySelector('[data-gf-year-total="2025"]')!.textContent).toBe('1,234.56');
  });

  it('a cell with "12万" keeps the text, says what to type, and the total leaves it out', async () => {
    const { last } = renderForm({ form: 'budget', data: budgetWith(2) });
    fireEvent.change(input('第 1 行 金额（元）'), { target: { value: '12万' } });
    expect(input('第 1 行 金额（元）').value).toBe('12万');
    expect(screen.getByText('请以“元”为单位填写：这里应填写 120,000.00')).toBeTruthy();
    expect(grandTotal().textContent).toMatch(/^预算合计 100.00 元/);
    await waitFor(() => expect((last()!.data.items as Item[])[0]).not.toHaveProperty('amount'));
  });

  it('adds a row (same category and year as the last) and puts the focus in it', async () => {
    const { last } = renderForm({ form: 'budget', data: budgetWith(2) });
    fireEvent.click(screen.getByRole('button', { name: /添加费用行/ }));
    expect(rows()).toHaveLength(3);
    await waitFor(() => expect(document.activeElement).toBe(input('第 3 行 名称')));
    await waitFor(() => expect((last()!.data.items as Item[])[2]).toEqual({ category: 'development', year: 2025 }));
  });

  it('removes a row with an undo that puts it back where it was', async () => {
    const { last } = renderForm({ form: 'budget', data: budgetWith(3) });
    fireEvent.click(screen.getByRole('button', { name: '删除第 2 行' }));
    expect(rows()).toHaveLength(2);
    expect(input('第 2 行 名称').value).toBe('明细 3');
    expect(grandTotal().textContent).toMatch(/^预算合计 200.00 元/);
    fireEvent.click(screen.getByRole('button', { name: '撤销删除' }));
    expect(input('第 2 行 名称').value).toBe('明细 2');
    await waitFor(() => expect((last()!.data.items as Item[]).map((i) => i.name)).toEqual(['明细 1', '明细 2', '明细 3']));
  });

  it('moves rows up and down; text typed in a row moves with it', async () => {
    const { last } = renderForm({ form: 'budget', data: budgetWith(3) });
    fireEvent.change(input('第 3 行 金额（元）'), { target: { value: 'abc' } });
    fireEvent.click(screen.getByRole('button', { name: '上移第 3 行' }));
    expect(input('第 2 行 名称').value).toBe('明细 3');
    expect(input('第 2 行 金额（元）').value).toBe('abc');
    expect(input('第 3 行 金额（元）').value).toBe('100.00');
    fireEvent.click(screen.getByRole('button', { name: '下移第 1 行' }));
    await waitFor(() => expect((last()!.data.items as Item[]).map((i) => i.name)).toEqual(['明细 3', '明细 1', '明细 2']));
    expect(input('第 1 行 金额（元）').value).toBe('abc');
  });

  it('flags an amount that differs from quantity × unit price and fills it on request', async () => {
    const { last } = renderForm({ form: 'budget', data: { items: [{ category: 'training', name: '培训', quantity: 3, unitPrice: 0.1, amount: 1 }] } });
    expect(screen.getByText('金额与“数量 × 单价”不一致，应为 0.30')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: '按数量 × 单价填入' }));
    expect(input('第 1 行 金额（元）').value).toBe('0.30');
    await waitFor(() => expect((last()!.data.items as Item[])[0]!.amount).toBe(0.3));
  });

  it('with 500 rows an edit in the last row reaches the total (exact to the fen)', { timeout: 60_000 }, () => {
    renderForm({ form: 'budget', data: budgetWith(500) });
    expect(rows()).toHaveLength(500);
    expect(grandTotal().textContent).toMatch(/^预算合计 50,000.00 元/);
    const cell = document.querySelector('[data-gf-path="/items/499/amount"]')!;
    expect(cell.getAttribute('aria-label')).toBe('第 500 行 金额（元）');
    fireEvent.change(cell, { target: { value: '100.01' } });
    expect(grandTotal().textContent).toMatch(/^预算合计 50,000.01 元/);
  });

  it('read-only: no editing, no row buttons', () => {
    renderForm({ form: 'budget', data: budgetWith(2), readOnly: true });
    expect(input('第 1 行 金额（元）').disabled).toBe(true);
    expect(screen.queryByRole('button', { name: /添加费用行/ })).toBeNull();
    expect(screen.queryByRole('button', { name: /删除第/ })).toBeNull();
  });
});
