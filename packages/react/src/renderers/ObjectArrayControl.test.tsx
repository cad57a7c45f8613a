import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { openStep, renderForm, sample } from '../test-support/setup.js';

type Item = Record<string, unknown>;

describe('ObjectArrayControl and StringListControl', () => {
  it('data-sharing catalogue items are labelled groups that can be added, moved and removed', async () => {
    const { last } = renderForm({ form: 'application', data: sample('application') });
    openStep('数据共享');
    expect(screen.getAllByRole('group', { name: /^数据项 第 \d 项$/ })).toHaveLength(3);
    fireEvent.click(screen.getByRole('button', { name: '下移第 1 项' }));
    await waitFor(() => expect((last()!.data.dataSharing as { catalog: Item[] }).catalog[1]!.name).toBe('食品生产经营许可信息'));
    fireEvent.click(screen.getByRole('button', { name: '删除第 3 项' }));
    fireEvent.click(screen.getByRole('button', { name: '添加数据项' }));
    await waitFor(() => expect((last()!.data.dataSharing as { catalog: Item[] }).catalog).toHaveLength(3));
    expect(document.activeElement?.textContent).toBe('数据项 第 3 项');
  });

  it('money inside list items is a money field (data-resource costs)', () => {
    renderForm({ form: 'budget', data: sample('budget') });
    openStep('数据资源');
    const first = screen.getAllByRole('group', { name: /^数据资源 第 \d 项$/ })[0]!;
    expect((within(first).getByLabelText(/成本费用（元）/) as HTMLInputElement).value).toMatch(/^\d{1,3}(,\d{3})*\.\d\d$/);
    expect(within(first).getByText(/万元$/)).toBeTruthy();
  });

  it('co-building departments: one labelled input per entry, add and remove', async () => {
    const { last } = renderForm({ form: 'application', data: sample('application') });
    openStep('项目概况');
    const list = screen.getByRole('group', { name: /共建部门/ });
    expect(within(list).getAllByRole('textbox')).toHaveLength(2);
    fireEvent.click(within(list).getByRole('button', { name: '添加部门名称' }));
    fireEvent.change(within(list).getByLabelText('部门名称 第 3 项'), { target: { value: '宿迁市卫健委' } });
    fireEvent.click(within(list).getByRole('button', { name: '删除第 1 项' }));
    await waitFor(() => expect(last()?.data.coBuilders).toEqual(['宿迁市农业农村局', '宿迁市卫健委']));
  });
});
