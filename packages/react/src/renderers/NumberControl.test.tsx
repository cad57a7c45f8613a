import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { input, openStep, renderForm, sample } from '../test-support/setup.js';

describe('NumberControl and DateControl', () => {
  it('a year typed with letters stays visible with a message and is not stored', async () => {
    const { last } = renderForm({ form: 'application', data: sample('application') });
    openStep('项目概况');
    fireEvent.change(input(/计划年度/), { target: { value: '2025年' } });
    expect(input(/计划年度/).value).toBe('2025年');
    expect(screen.getByText('请填写数字')).toBeTruthy();
    await waitFor(() => expect(last()?.data).not.toHaveProperty('planYear'));
    fireEvent.change(input(/计划年度/), { target: { value: '２０２５' } });
    await waitFor(() => expect(last()?.data.planYear).toBe(2025));
  });

  it('a decimal year is "not an integer"; a third decimal in a quantity is refused', () => {
    renderForm({ form: 'application', data: sample('application') });
    openStep('项目概况');
    fireEvent.change(input(/计划年度/), { target: { value: '2025.5' } });
    expect(screen.getByText('请填写整数，如 2025')).toBeTruthy();
  });

  it('out-of-range numbers get the schema’s message in Chinese', async () => {
    renderForm({ form: 'completion', data: sample('completion') });
    openStep('质保与档案');
    fireEvent.change(input(/质保期（年）/), { target: { value: '101' } });
    await waitFor(() => expect(screen.getByText('不能大于 100')).toBeTruthy());
  });

  it('dates are date inputs holding YYYY-MM-DD', async () => {
    const { last } = renderForm({ form: 'application', data: sample('application') });
    openStep('项目概况');
    const date = input(/申报日期/);
    expect(date.type).toBe('date');
    expect(date.value).toBe('2023-09-15');
    fireEvent.change(date, { target: { value: '2023-10-08' } });
    await waitFor(() => expect(last()?.data.submittedOn).toBe('2023-10-08'));
  });
});
