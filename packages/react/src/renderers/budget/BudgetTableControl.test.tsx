import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
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

  it('with 500 rows only the rows in view are rendered; the table says how many there are; an edit reaches the total', { timeout: 60_000 }, () => {
    // jsdom has no layout: give the table's scroll box a height, as a browser would.
    const box = (name: 'clientHeight' | 'offsetHeight' | 'clientWidth' | 'offsetWidth', px: number) =>
      vi.spyOn(HTMLElement.prototype, name, 'get').mockReturnValue(px);
    const mocks = [box('clientHeight', 600), box('offsetHeight', 600), box('clientWidth', 1000), box('offsetWidth', 1000)];
    try {
      renderForm({ form: 'budget', data: budgetWith(500) });
      expect(rows().length).toBeGreaterThan(5);
      expect(rows().length).toBeLessThan(60);
      expect(document.querySelector('.gf-budget-table')!.getAttribute('aria-rowcount')).toBe('501');
      expect(rows()[0]!.getAttribute('aria-rowindex')).toBe('2');
      expect(grandTotal().textContent).toMatch(/^预算合计 50,000.00 元/);
      const cell = document.querySelector('[data-gf-path="/items/0/amount"]')!;
      fireEvent.change(cell, { target: { value: '100.01' } });
      expect(grandTotal().textContent).toMatch(/^预算合计 50,000.01 元/);
    } finally {
      mocks.forEach((m) => m.mockRestore());
    }
  });

  it('金额 = 数量 × 单价 as soon as both are typed: 3 × 12,345.67 shows 37,037.01; a different typed amount stays', async () => {
    const { last } = renderForm({ form: 'budget', data: { items: [{ category: 'development', name: '开发' }] } });
    fireEvent.change(input('第 1 行 数量'), { target: { value: '3' } });
    expect(input('第 1 行 金额（元）').value).toBe('');
    fireEvent.change(input('第 1 行 单价（元）'), { target: { value: '12,345.67' } });
    expect(input('第 1 行 金额（元）').value).toBe('37,037.01');
    await waitFor(() => expect((last()!.data.items as Item[])[0]).toEqual({ category: 'development', name: '开发', quantity: 3, unitPrice: 12345.67, amount: 37037.01 }));
    fireEvent.change(input('第 1 行 数量'), { target: { value: '4' } });
    expect(input('第 1 行 金额（元）').value).toBe('49,382.68');
    fireEvent.change(input('第 1 行 金额（元）'), { target: { value: '50000' } });
    fireEvent.change(input('第 1 行 数量'), { target: { value: '5' } });
    expect(input('第 1 行 金额（元）').value).toBe('50000');
    expect(screen.getByText('金额与“数量 × 单价”不一致，应为 61,728.35')).toBeTruthy();
  });

  it('a new row shows no 为必填项 until its cell is touched', async () => {
    const { last } = renderForm({ form: 'budget', data: budgetWith(1) });
    fireEvent.click(screen.getByRole('button', { name: /添加费用行/ }));
    await waitFor(() => expect(last()!.errors.some((e) => e.path === '/items/1/name')).toBe(true));
    expect(input('第 2 行 名称').getAttribute('aria-invalid')).toBeNull();
    fireEvent.blur(input('第 2 行 名称'));
    await waitFor(() => expect(input('第 2 行 名称').getAttribute('aria-invalid')).toBe('true'));
  });

  it('arrows and Enter move between cells like a spreadsheet; Tab keeps the page order', async () => {
    renderForm({ form: 'budget', data: budgetWith(3) });
    const amount = (row: number) => input(`第 ${row} 行 金额（元）`);
    amount(1).focus();
    fireEvent.keyDown(amount(1), { key: 'ArrowDown' });
    await waitFor(() => expect(document.activeElement).toBe(amount(2)));
    fireEvent.keyDown(amount(2), { key: 'Enter' });
    await waitFor(() => expect(document.activeElement).toBe(amount(3)));
    fireEvent.keyDown(amount(3), { key: 'ArrowUp' });
    await waitFor(() => expect(document.activeElement).toBe(amount(2)));
    amount(2).setSelectionRange(0, 0);
    fireEvent.keyDown(amount(2), { key: 'ArrowLeft' });
    await waitFor(() => expect(document.activeElement).toBe(input('第 2 行 单价（元）')));
    // Tab keeps the page's order (cells, the row's buttons, the next row) while the next cell is rendered.
    const note = input('第 1 行 备注');
    note.focus();
    expect(fireEvent.keyDown(note, { key: 'Tab' })).toBe(true);
  });

  it('a block pasted from Excel becomes rows; a bad cell keeps its text, marked; one undo takes the paste back', async () => {
    const { last } = renderForm({ form: 'budget', data: budgetWith(1) });
    const text = '费用类别\t名称\t数量\t单价（元）\t金额（元）\r\n培训费\t操作培训\t3\t12,345.67\t\r\n差旅费\t差旅\t\t\t12.5万元\r\n';
    fireEvent.paste(input('第 1 行 名称'), { clipboardData: { getData: (type: string) => (type === 'text/plain' ? text : '') } });
    expect(rows()).toHaveLength(2);
    expect(input('第 1 行 名称').value).toBe('操作培训');
    expect(input('第 1 行 金额（元）').value).toBe('37,037.01');
    const category = screen.getByRole('combobox', { name: '第 2 行 费用类别' }) as HTMLSelectElement;
    expect(category.selectedOptions[0]!.textContent).toBe('差旅费');
    expect(category.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText('不是可选的类别，请从列表中选择')).toBeTruthy();
    expect(input('第 2 行 金额（元）').value).toBe('125,000.00');
    expect(document.querySelector('.gf-budget .gf-notice')!.textContent).toMatch(/已粘贴 2 行。 其中 1 个单元格未能识别/);
    await waitFor(() => expect((last()!.data.items as Item[])[1]).toEqual({ name: '差旅', amount: 125000 }));

    fireEvent.keyDown(input('第 1 行 名称'), { key: 'z', ctrlKey: true });
    expect(rows()).toHaveLength(1);
    expect(input('第 1 行 名称').value).toBe('明细 1');
    expect(screen.queryByText('不是可选的类别，请从列表中选择')).toBeNull();
    await waitFor(() => expect(last()!.data.items).toEqual(budgetWith(1).items));
  });

  it('a paste beyond the schema\'s maximum of rows is refused at once, saying the limit', () => {
    renderForm({ form: 'budget', data: budgetWith(2) });
    const text = Array.from({ length: 100_000 }, (_, i) => `开发费\t行${i}\t\t\t\t1`).join('\n');
    fireEvent.paste(input('第 2 行 费用类别'), { clipboardData: { getData: () => text } });
    expect(rows()).toHaveLength(2);
    expect(document.querySelector('.gf-budget .gf-notice')!.textContent).toBe('未粘贴：费用明细最多 100,000 行，粘贴后将有 100,001 行。');
  });

  it('read-only: no editing, no row buttons', () => {
    renderForm({ form: 'budget', data: budgetWith(2), readOnly: true });
    expect(input('第 1 行 金额（元）').disabled).toBe(true);
    expect(screen.queryByRole('button', { name: /添加费用行/ })).toBeNull();
    expect(screen.queryByRole('button', { name: /删除第/ })).toBeNull();
  });
});
