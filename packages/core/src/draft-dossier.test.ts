import { describe, expect, it } from 'vitest';
import { draftDossier } from './draft-dossier.js';
import { getForm } from './forms/registry.js';
import { formTitle, sampleDossier } from './index.js';

describe('draftDossier', () => {
  it('a complete, valid dossier has no gaps and comes back equal', () => {
    const d = sampleDossier();
    const { dossier, gaps } = draftDossier(d, ['application', 'budget']);
    expect(gaps).toEqual([]);
    expect(dossier).toEqual(d);
  });

  it('sets aside values that do not match the form, keeps everything else, and lists each gap with its label', () => {
    const d = sampleDossier();
    const application = { ...(d.application as Record<string, unknown>), totalInvestment: 'abc', submittedOn: '2024-13-45' };
    const items = structuredClone((d.budget as { items: Record<string, unknown>[] }).items);
    items.push({ category: 'development', name: '', amount: 100 });
    const { dossier, gaps } = draftDossier({ ...d, application, budget: { ...(d.budget as object), items } }, ['application', 'budget']);
    const app = dossier.application as Record<string, unknown>;
    expect(app.totalInvestment).toBeUndefined();
    expect(app.submittedOn).toBeUndefined();
    expect(app.projectName).toBe((d.application as Record<string, unknown>).projectName);
    const row = (dossier.budget as { items: Record<string, unknown>[] }).items.at(-1)!;
    expect(row).toEqual({ category: 'development', amount: 100 }); // the empty name is no value either way; the amount stays
    expect(gaps.map((g) => g.path)).toEqual(['/application/totalInvestment', '/application/submittedOn', `/budget/items/${items.length - 1}/name`]);
    expect(gaps[0]).toMatchObject({ label: '项目申报表·总投资（元）', message: '应为数字' });
    expect(gaps[2]!.label).toBe(`预算明细·费用明细第${items.length}项·名称`);
  });

  it('a section not filled in is one gap named by the form; the input is never changed', () => {
    const d = { application: (sampleDossier()).application, budget: { items: [] } };
    const before = structuredClone(d);
    const { gaps } = draftDossier(d, ['application', 'budget', 'annualReport'], { locale: 'en' });
    expect(gaps).toEqual([
      { path: '/budget', label: formTitle(getForm('budget'), 'en'), message: 'not filled in yet' },
      { path: '/annualReport', label: formTitle(getForm('annual-report'), 'en'), message: 'not filled in yet' },
    ]);
    expect(d).toEqual(before);
  });
});
