import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { useState } from 'react';
import { GovForm } from './GovForm.js';
import { describe, expect, it } from 'vitest';
import { renderForm, sample } from './test-support/setup.js';

describe('GovForm', () => {
  it('renders the first step of the application with Chinese labels tied to their inputs', () => {
    renderForm({ form: 'application', data: sample('application') });
    expect(screen.getByRole('heading', { level: 2, name: '申报单位' })).toBeTruthy();
    expect((screen.getByLabelText(/单位名称/) as HTMLInputElement).value).toBe('宿迁市市场监督管理局');
    expect(screen.getByRole('radio', { name: '党政机关' })).toHaveProperty('checked', true);
  });

  it('reports each change with the data, zh-CN errors and the live findings', async () => {
    const { last } = renderForm({ form: 'application', data: sample('application') });
    fireEvent.change(screen.getByLabelText(/联系电话/), { target: { value: '12345' } });
    await waitFor(() => expect(last()?.data.applicant).toMatchObject({ contactPhone: '12345' }));
    expect(last()!.errors).toContainEqual(expect.objectContaining({ path: '/applicant/contactPhone', keyword: 'format' }));
    expect(screen.getByText(/应为手机号码或带区号的固定电话/)).toBeTruthy();
    expect(Array.isArray(last()!.findings)).toBe(true);
  });

  it('adds its stylesheet once per document, however many forms there are, and no global style', () => {
    render(<><GovForm form="application" /><GovForm form="budget" /></>);
    expect(document.querySelectorAll('style[data-govforms-styles]')).toHaveLength(1);
    expect(document.querySelectorAll('.gf-root')).toHaveLength(2);
  });

  it('shows a clear message for an unknown form id instead of crashing', () => {
    renderForm({ form: 'no-such-form' });
    expect(screen.getByRole('alert').textContent).toMatch(/未知的表单：“no-such-form”/);
  });

  it('a parent that passes the reported data back keeps typing intact; an older object (undo) replaces the form', async () => {
    const initial = sample('application');
    let setData: (d: object) => void = () => {};
    const seen: object[] = [];
    function Parent() {
      const [data, set] = useState<object>(initial);
      setData = set;
      return <GovForm form="application" data={data} onChange={(d) => { seen.push(d); set(d); }} />;
    }
    render(<Parent />);
    const name = () => screen.getByLabelText(/单位名称/) as HTMLInputElement;
    fireEvent.change(name(), { target: { value: '宿迁市数据局' } });
    await waitFor(() => expect(seen.length).toBe(1));
    fireEvent.change(name(), { target: { value: '宿迁市数据局（大数据中心）' } });
    await waitFor(() => expect(seen.length).toBe(2));
    expect(name().value).toBe('宿迁市数据局（大数据中心）');
    act(() => setData(initial));
    expect(name().value).toBe('宿迁市市场监督管理局');
    act(() => setData(seen[1]!));
    expect(name().value).toBe('宿迁市数据局（大数据中心）');
  });
});
