import { projectTimeline } from '@govforms/core';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { openStep, renderForm, sample, sampleDossier } from '../test-support/setup.js';
import { TimelinePanel } from './TimelinePanel.js';

describe('TimelinePanel', () => {
  it('leads with the next step and its deadline, lists the stages that apply with their status, counts the rest', () => {
    const d = sampleDossier();
    delete (d.completion as Record<string, unknown>).reportFiledOn;
    const stages = projectTimeline(d, { today: '2024-12-20' });
    render(<TimelinePanel stages={stages} />);
    expect(screen.getByRole('status').textContent).toBe('下一步：竣工验收报告报市数据局备案，截止 2025-01-09（第三十一条）');
    const current = document.querySelector('[aria-current="step"]')!;
    expect(current.getAttribute('data-gf-stage')).toBe('acceptance-report');
    expect(within(current as HTMLElement).getByText('待办')).toBeTruthy();
    expect(within(document.querySelector('[data-gf-stage="warranty"]') as HTMLElement).getByText('进行中')).toBeTruthy();
    const notApplicable = stages.filter((s) => s.status === 'not-applicable').length;
    expect(notApplicable).toBeGreaterThan(0);
    expect(document.querySelectorAll('.gf-stage')).toHaveLength(stages.length - notApplicable);
    expect(screen.getByText(`另有 ${notApplicable} 个环节本项目不适用`)).toBeTruthy();
  });

  it('says when a step is late, and reads in English', () => {
    const d = sampleDossier();
    delete (d.completion as Record<string, unknown>).reportFiledOn;
    render(<TimelinePanel stages={projectTimeline(d, { today: '2025-01-10', locale: 'en' })} locale="en" />);
    expect(screen.getByRole('status').textContent).toMatch(/^Next: .+, overdue \(due 2025-01-09, art\. 31\)$/);
    expect(screen.getByText('Project timeline')).toBeTruthy();
    expect(document.body.textContent).not.toMatch(/[\u4e00-\u9fff]/);
  });
});

describe('GovForm showTimeline', () => {
  it('is off by default', () => {
    renderForm({ form: 'completion', data: sample('completion'), dossier: sampleDossier() });
    expect(document.querySelector('.gf-timeline')).toBeNull();
  });

  it('shows the timeline of the dossier with the data being typed: clearing the filing date makes it the next step', async () => {
    const d = sampleDossier();
    renderForm({ form: 'completion', data: sample('completion'), dossier: d, today: '2024-12-20', showTimeline: true });
    expect(screen.getByRole('heading', { name: '项目进度' })).toBeTruthy();
    const next = () => document.querySelector('.gf-timeline-next')!.textContent;
    expect(next()).not.toContain('竣工验收报告报市数据局备案');
    openStep('试运行与验收');
    const filed = screen.getByLabelText(/验收报告备案日期/) as HTMLInputElement;
    fireEvent.change(filed, { target: { value: '' } });
    await waitFor(() => expect(next()).toBe('下一步：竣工验收报告报市数据局备案，截止 2025-01-09（第三十一条）'));
  });
});
