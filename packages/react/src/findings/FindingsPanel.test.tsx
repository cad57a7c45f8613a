import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { render } from '@testing-library/react';
import type { Finding } from '@govforms/core';
import { renderForm, sample, sampleDossier } from '../test-support/setup.js';
import { FindingsPanel, sectionOf } from './FindingsPanel.js';

const art20: Finding = {
  ruleId: 'art20.approval-documents', article: 20, severity: 'warning', message: '总投资超过 400 万元…（第二十条）',
  path: '/application/totalInvestment', requires: ['project-proposal', 'feasibility-study'],
};

describe('FindingsPanel', () => {
  it('shows severity, the article in Chinese, the message and the documents required', () => {
    render(<FindingsPanel findings={[art20]} section="application" onSelect={() => {}} />);
    expect(screen.getByText('警告')).toBeTruthy();
    expect(screen.getByText('第二十条')).toBeTruthy();
    expect(screen.getByText('需提交：项目建议书、可行性研究报告')).toBeTruthy();
    expect(screen.getByRole('status').textContent).toBe('0 项错误，1 项警告，0 项提示');
    expect(screen.getByRole('button', { name: '定位到填写位置' })).toBeTruthy();
  });

  it('a finding about another section offers to open that form', () => {
    render(<FindingsPanel findings={[art20]} section="budget" onSelect={() => {}} />);
    expect(screen.getByRole('button', { name: '转到“项目申报表”' })).toBeTruthy();
  });

  it('says so when there is nothing to report', () => {
    render(<FindingsPanel findings={[]} />);
    expect(screen.getByRole('status').textContent).toMatch(/未发现问题/);
  });

  it('a blank form is "not checked yet": its own findings wait, the other sections\' still show', () => {
    const own: Finding = { ...art20, ruleId: 'art36.x', article: 36, severity: 'error', path: '/annualReport/year' };
    render(<FindingsPanel findings={[own, art20]} section="annualReport" state="blank" />);
    expect(screen.getByRole('status').textContent).toMatch(/^尚未检查/);
    expect(document.querySelector('[data-gf-rule="art36.x"]')).toBeNull();
    expect(document.querySelector('[data-gf-rule="art20.approval-documents"]')).not.toBeNull();
    cleanup();
    render(<FindingsPanel findings={[own]} section="annualReport" state="blank" />);
    expect(screen.getByRole('status').textContent).toMatch(/^尚未检查/);
    expect(screen.queryByText('错误')).toBeNull();
  });

  it('never says "no problems" while fields are missing or invalid, nor before the first check', () => {
    render(<FindingsPanel findings={[]} invalidCount={27} />);
    const status = screen.getByRole('status').textContent!;
    expect(status).toContain('27 处未填或填写有误');
    expect(status).not.toMatch(/^未发现问题/);
    cleanup();
    render(<FindingsPanel findings={[]} state="checking" />);
    expect(screen.getByRole('status').textContent).toBe('正在检查…');
    cleanup();
    render(<FindingsPanel findings={[]} invalidCount={2} locale="en" />);
    expect(screen.getByRole('status').textContent).toMatch(/2 fields missing or wrong/);
  });

  it('an empty annual report greets the applicant with no errors; filled in, its findings show', async () => {
    renderForm({ form: 'annual-report', data: {} });
    await waitFor(() => expect(screen.getByRole('status').textContent).toMatch(/^尚未检查/));
    expect(document.querySelectorAll('.gf-finding--error')).toHaveLength(0);
    cleanup();
    renderForm({ form: 'annual-report', data: { year: 2024 } });
    await waitFor(() => expect(document.querySelectorAll('[data-gf-rule^="art36"]').length).toBeGreaterThan(0));
  });

  it('sectionOf reads the dossier section from a JSON Pointer', () => {
    expect(sectionOf('/budget/items/3/amount')).toBe('budget');
    expect(sectionOf('/nothing')).toBeUndefined();
    expect(sectionOf(undefined)).toBeUndefined();
  });

  it('clicking a finding opens its step and focuses the field', async () => {
    const d = sampleDossier();
    const data = { ...sample('application'), totalInvestment: 5_000_000 };
    renderForm({ form: 'application', data, dossier: d });
    const go = screen.getAllByRole('button', { name: '定位到填写位置' });
    const art20Button = go.find((b) => b.closest('[data-gf-rule="art20.approval-documents"]'))!;
    fireEvent.click(art20Button);
    await waitFor(() => expect(document.activeElement?.getAttribute('data-gf-path')).toBe('/totalInvestment'));
    expect(screen.getByRole('heading', { level: 2, name: '资金与投资' })).toBeTruthy();
  });

  it('a finding in another section is handed to onNavigate', () => {
    const seen: string[] = [];
    const dossier = { ...sampleDossier(), application: { ...sample('application'), totalInvestment: 1 } };
    renderForm({ form: 'budget', data: sample('budget'), dossier, onNavigate: (path) => seen.push(path) });
    const other = screen.getAllByRole('button', { name: /转到“项目申报表”/ })[0]!;
    fireEvent.click(other);
    expect(seen[0]).toMatch(/^\/application\//);
  });
});
