import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { errorText, getForm } from '@govforms/core';
import { input, openStep, renderForm, sample } from '../test-support/setup.js';
import { moneyControlTester } from './MoneyControl.js';

const money = () => input(/总投资（元）/);

describe('MoneyControl', () => {
  it('is chosen for {"type":"number","format":"yuan"} only', () => {
    const schema = getForm('application').schema as never;
    const ctx = { rootSchema: schema, config: {} };
    expect(moneyControlTester({ type: 'Control', scope: '#/properties/totalInvestment' } as never, schema, ctx)).toBe(10);
    expect(moneyControlTester({ type: 'Control', scope: '#/properties/planYear' } as never, schema, ctx)).toBe(-1);
  });

  it('shows yuan with thousands separators and the amount in 万元', () => {
    renderForm({ form: 'application', data: sample('application') });
    openStep('资金与投资');
    expect(money().value).toBe('3,856,400.50');
    expect(screen.getByText('合 385.64005 万元')).toBeTruthy();
  });

  it('a pasted "1,234.567" stays visible with a message; the data gets no amount', async () => {
    const { last } = renderForm({ form: 'application', data: sample('application') });
    openStep('资金与投资');
    fireEvent.change(money(), { target: { value: '1,234.567' } });
    expect(money().value).toBe('1,234.567');
    expect(money().getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText('金额最多保留两位小数（精确到分），如 1234.56')).toBeTruthy();
    await waitFor(() => expect(last()?.data).not.toHaveProperty('totalInvestment'));
    const error = { path: '/totalInvestment', keyword: 'input', label: '总投资（元）', message: '金额最多保留两位小数（精确到分），如 1234.56' };
    expect(last()!.errors).toContainEqual(error);
    expect(errorText(error)).toBe('总投资（元）：金额最多保留两位小数（精确到分），如 1234.56');
  });

  it('"12万" is not guessed: the message says what to type in yuan', () => {
    renderForm({ form: 'application', data: sample('application') });
    openStep('资金与投资');
    fireEvent.change(money(), { target: { value: '12万' } });
    expect(money().value).toBe('12万');
    expect(screen.getByText('请以“元”为单位填写：这里应填写 120,000.00')).toBeTruthy();
  });

  it('letters get a message; a valid amount then replaces it and reaches the data exactly', async () => {
    const { last } = renderForm({ form: 'application', data: sample('application') });
    openStep('资金与投资');
    fireEvent.change(money(), { target: { value: 'abc' } });
    expect(screen.getByText('请填写以“元”为单位的数字金额，如 1234.56')).toBeTruthy();
    fireEvent.change(money(), { target: { value: '4,000,000.01' } });
    expect(screen.queryByText(/请填写以“元”为单位/)).toBeNull();
    await waitFor(() => expect(last()?.data.totalInvestment).toBe(4000000.01));
    fireEvent.blur(money());
    expect(money().value).toBe('4,000,000.01');
    expect(screen.getByText('合 400.000001 万元')).toBeTruthy();
  });

  it('typed text that is not an amount yet survives going to another step and back', () => {
    renderForm({ form: 'application', data: sample('application') });
    openStep('资金与投资');
    fireEvent.change(money(), { target: { value: '12万' } });
    openStep('申报单位');
    expect(screen.queryByLabelText(/总投资（元）/)).toBeNull();
    openStep('资金与投资');
    expect(money().value).toBe('12万');
    expect(screen.getByText(/这里应填写 120,000.00/)).toBeTruthy();
  });

  it('the 第二十条 finding appears when the total passes 4,000,000 yuan, not at 4,000,000', async () => {
    const { last } = renderForm({ form: 'application', data: sample('application') });
    openStep('资金与投资');
    fireEvent.change(money(), { target: { value: '4000000' } });
    await waitFor(() => expect(last()?.data.totalInvestment).toBe(4000000));
    expect(last()!.findings.some((f) => f.article === 20)).toBe(false);
    fireEvent.change(money(), { target: { value: '4000000.01' } });
    await waitFor(() => expect(last()?.findings.some((f) => f.ruleId === 'art20.approval-documents')).toBe(true));
    expect(screen.getAllByText('第二十条').length).toBeGreaterThan(0);
  });
});
