import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { documentKinds } from '@govforms/core';
import { openStep, renderForm, sample } from '../test-support/setup.js';

describe('ChecklistControl', () => {
  it('the attachment checklist shows every document kind by its Chinese name', () => {
    renderForm({ form: 'application', data: sample('application') });
    openStep('申报材料');
    const group = screen.getByRole('group', { name: /已提交材料/ });
    const boxes = within(group).getAllByRole('checkbox');
    expect(boxes).toHaveLength(documentKinds.length);
    expect(within(group).getByRole('checkbox', { name: '建设方案' })).toHaveProperty('checked', true);
    expect(within(group).getByRole('checkbox', { name: '可行性研究报告' })).toHaveProperty('checked', false);
    expect(within(group).getByText(`已勾选 6 / ${documentKinds.length} 项`)).toBeTruthy();
  });

  it('ticking keeps the schema’s order; unticking the last one removes the list', async () => {
    const { last } = renderForm({ form: 'application', data: { ...sample('application'), fundingSources: ['fiscal'] } });
    openStep('资金与投资');
    fireEvent.click(screen.getByRole('checkbox', { name: '国有企业投资' }));
    fireEvent.click(screen.getByRole('checkbox', { name: '上级补助资金' }));
    await waitFor(() => expect(last()?.data.fundingSources).toEqual(['fiscal', 'superior-subsidy', 'soe']));
    for (const name of ['财政资金（预算安排资金）', '上级补助资金', '国有企业投资']) fireEvent.click(screen.getByRole('checkbox', { name }));
    await waitFor(() => expect(last()?.data).not.toHaveProperty('fundingSources'));
    expect(await screen.findByText('为必填项')).toBeTruthy();
  });

  it('marks documents a live finding requires that are not ticked yet', () => {
    renderForm({ form: 'application', data: { ...sample('application'), totalInvestment: 5_000_000, inPlan: false } });
    openStep('申报材料');
    const proposal = screen.getByRole('checkbox', { name: /项目建议书/ }).closest('li')!;
    expect(within(proposal).getByText('依规定需提交')).toBeTruthy();
    fireEvent.click(screen.getByRole('checkbox', { name: /项目建议书/ }));
    expect(within(screen.getByRole('checkbox', { name: /项目建议书/ }).closest('li')!).queryByText('依规定需提交')).toBeNull();
  });
});
