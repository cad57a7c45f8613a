import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { openStep, renderForm, sample } from '../test-support/setup.js';
import { prefersRadios } from './EnumControl.js';

describe('EnumControl and BooleanControl', () => {
  it('few choices are radios with Chinese titles; the data holds the id', async () => {
    const { last } = renderForm({ form: 'application', data: sample('application') });
    openStep('项目概况');
    const group = screen.getByRole('group', { name: /项目类型/ });
    expect(within(group).getAllByRole('radio').map((r) => r.closest('label')!.textContent)).toEqual(['建设类', '运维类', '购买服务类']);
    fireEvent.click(within(group).getByRole('radio', { name: '运维类' }));
    await waitFor(() => expect(last()?.data.projectType).toBe('operation'));
  });

  it('inside list rows a choice is a select with a "请选择" prompt', () => {
    renderForm({ form: 'application', data: sample('application') });
    openStep('数据共享');
    const select = screen.getAllByRole('combobox', { name: /共享类型/ })[0] as HTMLSelectElement;
    expect(Array.from(select.options, (o) => o.text)).toEqual(['请选择', '无条件共享', '有条件共享', '不予共享']);
    expect(select.value).toBe('unconditional');
  });

  it('prefersRadios: up to five choices outside rows, unless the uischema says otherwise', () => {
    const five = Array.from({ length: 5 }, (_, i) => ({ value: String(i), label: String(i) }));
    expect(prefersRadios(five, 'projectType', undefined)).toBe(true);
    expect(prefersRadios([...five, { value: 'x', label: 'x' }], 'category', undefined)).toBe(false);
    expect(prefersRadios(five, 'items.3.category', undefined)).toBe(false);
    expect(prefersRadios(five, 'items.3.category', 'radio')).toBe(true);
  });

  it('a yes/no question is two radios 是 / 否, unanswered until chosen', async () => {
    const { last } = renderForm({ form: 'application', data: {} });
    openStep('项目概况');
    const urgent = screen.getByRole('group', { name: /是否情况紧急/ });
    const [yes, no] = within(urgent).getAllByRole('radio') as HTMLInputElement[];
    expect([yes!.checked, no!.checked]).toEqual([false, false]);
    fireEvent.click(within(urgent).getByRole('radio', { name: '否' }));
    await waitFor(() => expect(last()?.data.urgent).toBe(false));
  });

  it('a SHOW rule reveals a field only when its condition holds', () => {
    renderForm({ form: 'application', data: sample('application') });
    expect(screen.queryByLabelText(/行业主管部门/)).toBeNull();
    fireEvent.click(screen.getByRole('radio', { name: /公共事业单位/ }));
    expect(screen.getByLabelText(/行业主管部门/)).toBeTruthy();
  });
});
