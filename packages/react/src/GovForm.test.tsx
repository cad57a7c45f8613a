import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { fieldLabel, getForm, registerForm } from '@govforms/core';
import { createRef, useState } from 'react';
import { GovForm, type GovFormHandle } from './GovForm.js';
import { describe, expect, it } from 'vitest';
import { openStep, renderForm, sample } from './test-support/setup.js';
import { surveyForm } from '../../core/test-support/survey-form.js';

registerForm(surveyForm());

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
    expect(await screen.findByText(/应为手机号码或带区号的固定电话/)).toBeTruthy();
    expect(Array.isArray(last()!.findings)).toBe(true);
  });

  it('adds its stylesheet once per document, however many forms there are, and no global style', () => {
    render(<><GovForm form="application" /><GovForm form="budget" /></>);
    expect(document.querySelectorAll('style[data-govforms-styles]')).toHaveLength(1);
    expect(document.querySelectorAll('.gf-root')).toHaveLength(2);
  });

  it('change filing: the within-bid-control-price question shows only while no bid control price is given (art. 23: then it is computed)', () => {
    const data = sample('change-filing') as Record<string, unknown>;
    const box = () => screen.queryByRole('group', { name: /是否未超出招标控制价/ });
    const { unmount } = renderForm({ form: 'change-filing', data });
    expect(data.bidControlPrice).toEqual(expect.any(Number));
    expect(box()).toBeNull();
    unmount();
    const { bidControlPrice: _price, ...withoutPrice } = data;
    renderForm({ form: 'change-filing', data: withoutPrice });
    expect(box()).not.toBeNull();
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

  it('renders a form registered at run time: its steps, rule conditions, validation and its own words', async () => {
    const { last } = renderForm({ form: 'satisfaction-survey', data: { unit: '宿迁市数据局' } });
    expect(screen.getByRole('heading', { level: 2, name: '基本情况' })).toBeTruthy();
    expect((screen.getByLabelText(/单位名称/) as HTMLInputElement).value).toBe('宿迁市数据局');
    openStep('评价');
    expect(screen.queryByLabelText(/不满意的原因/)).toBeNull();
    fireEvent.click(screen.getByRole('radio', { name: '不满意' }));
    expect(screen.getByLabelText(/不满意的原因/)).toBeTruthy();
    await waitFor(() => expect(last()?.data).toMatchObject({ rating: 'bad' }));
    openStep('基本情况');
    fireEvent.change(screen.getByLabelText(/单位名称/), { target: { value: '' } });
    await waitFor(() => expect(last()!.errors).toContainEqual({ path: '/unit', keyword: 'required', label: '单位名称', message: '为必填项' }));
    expect(await screen.findByText('为必填项')).toBeTruthy();
  });

  it('text typed that is not a value yet is an error with core’s label of the field, also after its row moved', async () => {
    const budget = getForm('budget');
    const items = [1, 2, 3].map((n) => ({ category: 'development', name: `明细 ${n}`, year: 2024, amount: 100 }));
    const form = createRef<GovFormHandle>();
    const seen: { path: string; keyword: string; label: string }[][] = [];
    render(<GovForm ref={form} form="budget" today="2023-09-20" data={{ items, dataResources: [{ name: '数据', provider: '宿迁市数据局', cost: 1 }] }}
      onChange={(_, errors) => seen.push(errors)} />);
    const typed = (path: string) => expect.objectContaining({ path, keyword: 'input', label: fieldLabel(budget, path) });
    const cell = (path: string) => document.querySelector(`[data-gf-path="${path}"]`)!;

    fireEvent.change(cell('/items/2/amount'), { target: { value: 'abc' } });
    await waitFor(() => expect(seen.at(-1)).toContainEqual(typed('/items/2/amount')));
    expect(fieldLabel(budget, '/items/2/amount')).toBe('费用明细第3项·金额（元）');
    fireEvent.click(screen.getByRole('button', { name: '上移第 3 行' }));
    expect(form.current!.validate().errors).toContainEqual(typed('/items/1/amount'));

    openStep('数据资源');
    fireEvent.change(cell('/dataResources/0/cost'), { target: { value: '12万' } });
    await waitFor(() => expect(seen.at(-1)).toContainEqual(typed('/dataResources/0/cost')));
    expect(fieldLabel(budget, '/dataResources/0/cost')).toBe('数据资源清单第1项·成本费用（元）');
    expect(form.current!.validate().errors.filter((e) => e.keyword === 'input').map((e) => e.label))
      .toEqual(['费用明细第2项·金额（元）', '数据资源清单第1项·成本费用（元）']);
  });

  it('a form registered at run time speaks its i18n’s locale and falls back to the schema’s words', () => {
    renderForm({ form: 'satisfaction-survey', data: {}, locale: 'en' });
    expect(screen.getByLabelText(/Organisation/)).toBeTruthy();
    fireEvent.click(within(screen.getByRole('navigation', { name: 'Steps' })).getByRole('button', { name: /^Rating/ }));
    expect(screen.getByRole('heading', { level: 2, name: 'Rating' })).toBeTruthy();
    expect(screen.getByRole('group', { name: /Overall rating/ })).toBeTruthy();
  });
});

describe('GovForm in any locale', () => {
  it('"en-GB" shows the English words (language fallback) with lang="en"', () => {
    const { container } = renderForm({ form: 'application', data: sample('application'), locale: 'en-GB' });
    expect(screen.getByRole('navigation', { name: 'Steps' })).toBeTruthy();
    expect(screen.getByText(/Step 1 of 6/)).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Regulation check' })).toBeTruthy();
    expect(container.querySelector('.gf-root')!.getAttribute('lang')).toBe('en');
  });

  it('a locale govforms has no words for ("fr") shows the zh-CN words, lang="zh-CN", without crashing', () => {
    const { container } = renderForm({ form: 'budget', data: sample('budget'), locale: 'fr' });
    expect(screen.getByRole('navigation', { name: '填写步骤' })).toBeTruthy();
    expect(screen.getByText(/第 1 步，共 2 步/)).toBeTruthy();
    expect(screen.getByRole('heading', { name: '规定检查' })).toBeTruthy();
    expect(screen.getByRole('combobox', { name: '第 1 行 费用类别' })).toBeTruthy();
    expect(container.querySelector('.gf-root')!.getAttribute('lang')).toBe('zh-CN');
  });

  it('an unusable locale tag is zh-CN too', () => {
    renderForm({ form: 'application', data: sample('application'), locale: 'not a locale!' });
    expect(screen.getByRole('heading', { level: 2, name: '申报单位' })).toBeTruthy();
  });
});
