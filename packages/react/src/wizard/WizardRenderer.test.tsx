import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { input, openStep, renderForm, sample } from '../test-support/setup.js';

const stepButtons = () => within(screen.getByRole('navigation', { name: '填写步骤' })).getAllByRole('button');

describe('Wizard', () => {
  it('lists the uischema’s steps in Chinese with the current one marked and the progress', () => {
    renderForm({ form: 'application', data: sample('application') });
    expect(stepButtons().map((b) => b.querySelector('.gf-step-label')?.textContent))
      .toEqual(['申报单位', '项目概况', '资金与投资', '部署与集约', '数据共享', '申报材料']);
    expect(stepButtons()[0]!.getAttribute('aria-current')).toBe('step');
    expect(screen.getByText(/第 1 步，共 6 步/)).toBeTruthy();
    expect(screen.getByRole('progressbar', { name: '已填好 6 / 6 步' })).toBeTruthy();
  });

  it('counts the errors of each step on its button', () => {
    renderForm({ form: 'application', data: {} });
    const status = stepButtons().map((b) => b.querySelector('.gf-step-status')?.textContent);
    // 申报单位: the five required fields of the missing applicant, each counted
    expect(status[0]).toBe('5 处待改');
    expect(status[1]).toMatch(/^\d+ 处待改$/);
    expect(screen.getByRole('progressbar').getAttribute('aria-valuenow')).toBe('0');
  });

  it('next and back move between steps, focus the step heading, announce it, and keep what was typed', async () => {
    const { last } = renderForm({ form: 'application', data: sample('application') });
    fireEvent.change(input(/单位名称/), { target: { value: '宿迁市数据局' } });
    fireEvent.click(screen.getByRole('button', { name: '下一步：项目概况 →' }));
    const heading = screen.getByRole('heading', { level: 2, name: '项目概况' });
    expect(document.activeElement).toBe(heading);
    expect(screen.getByText(/第 2 步，共 6 步：项目概况。本步已填好。/)).toBeTruthy();
    fireEvent.change(input(/项目名称/), { target: { value: '新名称' } });
    fireEvent.click(screen.getByRole('button', { name: /上一步：申报单位/ }));
    expect(input(/单位名称/).value).toBe('宿迁市数据局');
    await waitFor(() => expect(last()?.data).toMatchObject({ projectName: '新名称', applicant: { name: '宿迁市数据局' } }));
  });

  it('errors of required fields show only after the field or its step was left', () => {
    renderForm({ form: 'application', data: {} });
    expect(screen.queryByText('为必填项')).toBeNull();
    openStep('项目概况');
    openStep('申报单位');
    expect(screen.getAllByText('为必填项').length).toBeGreaterThan(0);
  });

  it('the last step has no next button and says so', () => {
    renderForm({ form: 'budget', data: sample('budget') });
    openStep('数据资源');
    expect(screen.queryByRole('button', { name: /下一步/ })).toBeNull();
    expect(screen.getByText(/已是最后一步/)).toBeTruthy();
  });
});
